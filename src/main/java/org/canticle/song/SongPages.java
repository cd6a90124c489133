package org.canticle.song;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.canticle.chart.ChartFormat;
import org.canticle.chart.Charts;
import org.canticle.chart.ChordsOverWordsImport;
import org.canticle.chart.Key;
import org.canticle.system.BadRequestException;
import org.canticle.system.FormErrors;
import org.canticle.system.Layout;
import org.canticle.system.NotFoundException;
import org.canticle.system.Pages;
import org.canticle.system.StaleVersionException;

import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The song pages: the library, a song's chart, the editor. Reading is for every team
 * member; the editor and delete are for leaders and admins, checked here as well as by
 * the security configuration.
 */
@Pages
class SongPages {

	private final SongService songs;

	private final SongLibrary library;

	private final SongCharts charts;

	private final Validator validator;

	SongPages(SongService songs, SongLibrary library, SongCharts charts, Validator validator) {
		this.songs = songs;
		this.library = library;
		this.charts = charts;
		this.validator = validator;
	}

	@GetMapping({ "/", "/songs" })
	String library(@RequestParam(required = false) String q, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String key, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
			HttpServletResponse response, Model model) {
		LibrarySort order = LibrarySort.of(sort);
		String keyFilter = Key.tryParse(key == null ? "" : key).map(Key::toString).orElse(null);
		String query = q == null ? "" : q.strip();
		if (query.length() > 200) {
			query = query.substring(0, 200);
		}
		model.addAttribute("q", query);
		model.addAttribute("tag", tag == null ? "" : tag.strip());
		model.addAttribute("key", keyFilter == null ? "" : keyFilter);
		model.addAttribute("sort", order);
		model.addAttribute("sorts", List.of(LibrarySort.values()));
		model.addAttribute("results", library.search(query, tag, keyFilter, order, Math.min(page, 100_000)));
		model.addAttribute("today", library.today());
		response.setHeader(HttpHeaders.VARY, "HX-Request");
		// search as you type swaps only the results; a history restore needs the whole
		// page
		if (htmx != null && historyRestore == null) {
			return "song/results";
		}
		model.addAttribute("filters", library.filters());
		return "song/library";
	}

	@GetMapping("/songs/{id}")
	String song(@PathVariable long id, @RequestParam(required = false) String key,
			@RequestParam(defaultValue = "0") int capo, @RequestParam(defaultValue = "false") boolean numbers,
			@RequestParam(defaultValue = "false") boolean lyrics, Model model) {
		Song song = songs.get(id);
		model.addAttribute("song", song);
		model.addAttribute("view", chartView(song, key, capo, numbers, lyrics));
		model.addAttribute("uses", library.uses(id));
		model.addAttribute("profileKeys", library.profileKeys(id));
		model.addAttribute("today", library.today());
		return "song/song";
	}

	@GetMapping("/songs/{id}/print")
	String print(@PathVariable long id, @RequestParam(required = false) String key,
			@RequestParam(defaultValue = "0") int capo, @RequestParam(defaultValue = "false") boolean numbers,
			@RequestParam(defaultValue = "false") boolean lyrics, Model model) {
		Song song = songs.get(id);
		model.addAttribute("song", song);
		model.addAttribute("view", chartView(song, key, capo, numbers, lyrics));
		return "song/print";
	}

	private SongChartView chartView(Song song, String key, int capo, boolean numbers, boolean lyrics) {
		Optional<Key> original = Charts.parse(song.chordpro()).key().or(() -> Key.tryParse(song.key()));
		// a key or capo the pickers never offer (a hand-edited URL) falls back to the
		// song's own
		Optional<Key> target = original.isEmpty() ? Optional.empty()
				: Key.tryParse(key == null ? "" : key).filter(k -> k.minor() == original.get().minor());
		int safeCapo = capo < 0 || capo > SongCharts.MAX_CAPO ? 0 : capo;
		boolean useNumbers = numbers && original.isPresent();
		RenderedChart rendered = charts.renderHtml(song, target, safeCapo, useNumbers);
		return new SongChartView(rendered, original.map(SongChartView::keysLike).orElse(List.of()), useNumbers, lyrics);
	}

	@GetMapping("/songs/new")
	String newSong(@ModelAttribute(binding = false) Layout layout, Model model) {
		layout.requireEditor();
		return editor(null, SongForm.empty(), Map.of(), null, model);
	}

	@GetMapping("/songs/{id}/edit")
	String edit(@PathVariable long id, @ModelAttribute(binding = false) Layout layout, Model model) {
		layout.requireEditor();
		Song song = songs.get(id);
		if (song.archived()) {
			throw new NotFoundException("Song", id);
		}
		return editor(id, SongForm.of(song), Map.of(), null, model);
	}

	@PostMapping("/songs")
	String create(@ModelAttribute SongForm form, @RequestParam(required = false) String convert,
			@ModelAttribute(binding = false) Layout layout, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		layout.requireEditor();
		if (convert != null) {
			return converted(null, form, model);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		SongInput input = validate(form, errors);
		if (errors.isEmpty()) {
			try {
				Song song = songs.create(input);
				redirect.addFlashAttribute("notice", "Saved “" + song.title() + "”.");
				return "redirect:/songs/" + song.id();
			}
			catch (BadRequestException ex) {
				errors.putAll(FormErrors.of(ex));
			}
		}
		response.setStatus(422);
		return editor(null, form, errors, null, model);
	}

	@PostMapping("/songs/{id}/edit")
	String update(@PathVariable long id, @ModelAttribute SongForm form, @RequestParam(required = false) String convert,
			@ModelAttribute(binding = false) Layout layout, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		layout.requireEditor();
		if (convert != null) {
			return converted(id, form, model);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		SongInput input = validate(form, errors);
		if (errors.isEmpty()) {
			try {
				Song song = songs.replace(id, form.version(), input);
				redirect.addFlashAttribute("notice", "Saved “" + song.title() + "”.");
				return "redirect:/songs/" + id;
			}
			catch (BadRequestException ex) {
				errors.putAll(FormErrors.of(ex));
			}
			catch (StaleVersionException ex) {
				// keep what they typed; the next save, made knowing of the other change,
				// replaces it
				Integer current = (Integer) ex.getBody().getProperties().get("currentVersion");
				response.setStatus(409);
				return editor(id, form.withVersion(current), Map.of(),
						"Someone else saved this song while you were editing it. Your text is kept below: "
								+ "look at their version, then save again to replace it with yours.",
						model);
			}
		}
		response.setStatus(422);
		return editor(id, form, errors, null, model);
	}

	/** The live preview beside the ChordPro text: an HTML fragment. */
	@PostMapping("/songs/preview")
	String preview(@RequestParam(defaultValue = "") String chordpro, @ModelAttribute(binding = false) Layout layout,
			Model model) {
		layout.requireEditor();
		model.addAttribute("html", preview(chordpro));
		return "song/preview";
	}

	/**
	 * Chords-over-words text in, the ChordPro field (and a fresh preview) out, for htmx.
	 */
	@PostMapping("/songs/convert")
	String convert(@RequestParam(defaultValue = "") String paste, @ModelAttribute(binding = false) Layout layout,
			Model model) {
		layout.requireEditor();
		ChordsOverWordsImport imported = Charts.importChordsOverWords(paste);
		model.addAttribute("chordpro", imported.chordpro());
		model.addAttribute("warnings", imported.warnings());
		model.addAttribute("html", preview(imported.chordpro()));
		return "song/converted";
	}

	@GetMapping("/songs/{id}/delete")
	String confirmDelete(@PathVariable long id, @ModelAttribute(binding = false) Layout layout, Model model) {
		layout.requireEditor();
		Song song = songs.get(id);
		if (song.archived()) {
			throw new NotFoundException("Song", id);
		}
		model.addAttribute("song", song);
		model.addAttribute("uses", library.uses(id));
		return "song/delete";
	}

	@PostMapping("/songs/{id}/delete")
	String delete(@PathVariable long id, @ModelAttribute(binding = false) Layout layout, RedirectAttributes redirect) {
		layout.requireEditor();
		Song song = songs.get(id);
		songs.delete(id);
		redirect.addFlashAttribute("notice", "Deleted “" + song.title() + "”.");
		return "redirect:/songs";
	}

	private String converted(Long id, SongForm form, Model model) {
		ChordsOverWordsImport imported = Charts.importChordsOverWords(SongForm.text(form.paste()));
		model.addAttribute("warnings", imported.warnings());
		return editor(id, form.withChordpro(imported.chordpro()), Map.of(), null, model);
	}

	private String editor(Long id, SongForm form, Map<String, String> errors, String conflict, Model model) {
		model.addAttribute("songId", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("html", preview(form.chordpro()));
		if (!model.containsAttribute("warnings")) {
			model.addAttribute("warnings", List.of());
		}
		return "song/edit";
	}

	private static String preview(String chordpro) {
		return Charts.render(Charts.parse(chordpro == null ? "" : chordpro), ChartFormat.HTML);
	}

	/**
	 * The form as a {@link SongInput}, checked by the same constraints as the API's;
	 * problems go into errors.
	 */
	private SongInput validate(SongForm form, Map<String, String> errors) {
		Long ccli = number(form.ccliNumber(), "ccliNumber", errors, Long::valueOf);
		Integer tempo = number(form.tempo(), "tempo", errors, Integer::valueOf);
		SongInput input = new SongInput(SongForm.text(form.title()), SongForm.text(form.authors()),
				SongForm.text(form.copyright()), ccli, blankToNull(form.key()), tempo,
				blankToNull(form.timeSignature()), form.tagList(), SongForm.text(form.chordpro()));
		FormErrors.of(validator.validate(input)).forEach(errors::putIfAbsent);
		return input;
	}

	private static <T> T number(String text, String field, Map<String, String> errors, Function<String, T> parse) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return parse.apply(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(field, "must be a whole number");
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
