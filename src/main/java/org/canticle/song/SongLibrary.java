package org.canticle.song;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.canticle.system.ResultPage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the library pages read beyond the API: usage, the filters' choices, the plans that
 * use a song.
 */
@Service
class SongLibrary {

	static final int PAGE_SIZE = 50;

	static final int USES_SHOWN = 20;

	static final int PROFILES_SHOWN = 200;

	private final SongRepository songs;

	private final LibraryRepository library;

	private final Clock clock;

	SongLibrary(SongRepository songs, LibraryRepository library, Clock clock) {
		this.songs = songs;
		this.library = library;
		this.clock = clock;
	}

	/** A page of the library: two statements, whatever the page holds. */
	@Transactional(readOnly = true)
	ResultPage<LibrarySong> search(String q, String tag, String key, LibrarySort sort, int page) {
		SongFilter filter = SongFilter.of(q, tag, SongService.canonicalKey(key));
		int number = Math.max(page, 0);
		long total = songs.count(filter);
		List<LibrarySong> items = library.page(filter, sort, today(), number * PAGE_SIZE, PAGE_SIZE);
		return new ResultPage<>(items, number, PAGE_SIZE, total);
	}

	/** The tags and keys to filter by: two statements. */
	LibraryFilters filters() {
		return new LibraryFilters(library.tags(), library.keys());
	}

	List<SongUse> uses(long songId) {
		return library.uses(songId, USES_SHOWN);
	}

	List<SongProfileKey> profileKeys(long songId) {
		return library.profileKeys(songId, PROFILES_SHOWN);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

}
