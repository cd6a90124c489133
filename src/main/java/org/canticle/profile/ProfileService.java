package org.canticle.profile;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.canticle.song.SongService;
import org.canticle.system.ConflictException;
import org.canticle.system.NotFoundException;
import org.canticle.system.ResultPage;
import org.canticle.system.StaleVersionException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Team members and the keys they take songs in. */
@Service
public class ProfileService {

	public static final int MAX_PAGE_SIZE = 100;

	private final ProfileRepository profiles;

	private final Clock clock;

	ProfileService(ProfileRepository profiles, Clock clock) {
		this.profiles = profiles;
		this.clock = clock;
	}

	public Profile get(long id) {
		ProfileSummary profile = profiles.find(id).orElseThrow(() -> new NotFoundException("Profile", id));
		return profile.withKeys(profiles.preferredKeys(id));
	}

	/**
	 * The current version of a profile, for a cheap conditional GET; empty when there is
	 * none.
	 */
	public Optional<Integer> version(long id) {
		return profiles.findVersion(id);
	}

	public ResultPage<ProfileSummary> list(int page, int size) {
		int limit = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
		int number = Math.max(page, 0);
		long total = profiles.count();
		return new ResultPage<>(profiles.page(number * limit, limit), number, limit, total);
	}

	@Transactional
	public Profile create(ProfileInput input) {
		ProfileRow row = row(input);
		long id;
		try {
			id = profiles.insert(row, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw duplicateEmail(row.email());
		}
		// a new profile has no preferred keys: no need to ask the database for them
		return profiles.find(id).orElseThrow().withKeys(List.of());
	}

	/**
	 * Replaces a profile's own fields (not its preferred keys), if it is still at the
	 * version the caller read.
	 * @param expectedVersion the version from If-Match, or null for "any"
	 */
	@Transactional
	public Profile replace(long id, Integer expectedVersion, ProfileInput input) {
		ProfileRow row = row(input);
		boolean updated;
		try {
			updated = profiles.update(id, expectedVersion, row, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw duplicateEmail(row.email());
		}
		if (!updated) {
			int current = profiles.findVersion(id).orElseThrow(() -> new NotFoundException("Profile", id));
			throw new StaleVersionException("Profile", id, current);
		}
		return get(id);
	}

	/**
	 * Deletes a profile and its preferred keys; the plans it led keep going without a
	 * leader.
	 */
	@Transactional
	public void delete(long id) {
		if (!profiles.delete(id)) {
			throw new NotFoundException("Profile", id);
		}
	}

	/**
	 * Sets the key a profile takes a song in; the song must be in the library (not
	 * archived).
	 */
	@Transactional
	public PreferredKey setPreferredKey(long profileId, long songId, String key) {
		if (!profiles.touch(profileId, clock.instant())) {
			throw new NotFoundException("Profile", profileId);
		}
		var song = profiles.song(songId)
			.filter(found -> !found.archived())
			.orElseThrow(() -> new NotFoundException("Song", songId));
		String canonical = SongService.canonicalKey(key);
		profiles.putPreferredKey(profileId, songId, canonical, clock.instant());
		return new PreferredKey(songId, song.title(), canonical, false);
	}

	/** Clears a preferred key; clearing one that is not set is not an error. */
	@Transactional
	public void clearPreferredKey(long profileId, long songId) {
		if (!profiles.touch(profileId, clock.instant())) {
			throw new NotFoundException("Profile", profileId);
		}
		if (profiles.song(songId).isEmpty()) {
			throw new NotFoundException("Song", songId);
		}
		profiles.deletePreferredKey(profileId, songId);
	}

	static ProfileRow row(ProfileInput input) {
		Map<String, String> instruments = new LinkedHashMap<>();
		if (input.instruments() != null) {
			for (String instrument : input.instruments()) {
				String cleaned = instrument.strip().replaceAll("\\s+", " ");
				instruments.putIfAbsent(cleaned.toLowerCase(Locale.ROOT), cleaned);
			}
		}
		String email = input.email() == null || input.email().isBlank() ? null
				: input.email().strip().toLowerCase(Locale.ROOT);
		return new ProfileRow(input.name().strip(), email, List.copyOf(instruments.values()),
				input.notes() == null ? "" : input.notes().strip());
	}

	private static ConflictException duplicateEmail(String email) {
		return new ConflictException("Email already in use",
				"Another profile already has the email address " + email + ". Nothing was saved.");
	}

}
