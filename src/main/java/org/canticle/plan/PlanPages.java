package org.canticle.plan;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.canticle.chart.Key;
import org.canticle.profile.ProfileService;
import org.canticle.song.Song;
import org.canticle.song.SongChartView;
import org.canticle.song.SongCharts;
import org.canticle.song.SongQuery;
import org.canticle.song.SongService;
import org.canticle.system.BadRequestException;
import org.canticle.system.FormErrors;
import org.canticle.system.Layout;
import org.canticle.system.NotFoundException;
import org.canticle.system.Pages;
import org.canticle.system.StaleVersionException;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan pages: upcoming and past plans, a plan with its items (add, key, reorder by
 * drag or by buttons, remove), and its charts for the music stand. Every change carries
 * the plan's version: a change made on a stale page is refused and the page shows the
 * plan as it is now.
 */
@Pages
class PlanPages {

	static final int LIST_SIZE = 50;

	static final int SEARCH_SIZE = 10;

	private static final String STALE = "Someone changed this plan meanwhile, so nothing was saved. Here it is as it is now: please make your change again.";

	private final PlanService plans;

	private final ProfileService profiles;

	private final SongService songs;

	private final SongCharts charts;

	private final Validator validator;

	private final Clock clock;

	PlanPages(PlanService plans, ProfileService profiles, SongService songs, SongCharts charts, Validator validator,
			Clock clock) {
		this.plans = plans;
		this.profiles = profiles;
		this.songs = songs;
		this.charts = charts;
		this.validator = validator;
		this.clock = clock;
	}

	@GetMapping("/plans")
	String list(Model model) {
		LocalDate today = LocalDate.now(clock);
		PlanForm form = new PlanForm(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)).toString(),
				"Sunday service", "", "", null);
		return list(form, Map.of(), model);
	}

	private String list(PlanForm form, Map<String, String> errors, Model model) {
		LocalDate today = LocalDate.now(clock);
		// upcoming: the soonest first; the service lists newest first
		List<PlanSummary> upcoming = new ArrayList<>(plans.list(today, null, 0, LIST_SIZE).items());
		Collections.reverse(upcoming);
		model.addAttribute("upcoming", upcoming);
		model.addAttribute("past", plans.list(null, today.minusDays(1), 0, LIST_SIZE).items());
		model.addAttribute("profiles", profiles.list(0, ProfileService.MAX_PAGE_SIZE).items());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "plan/list";
	}

	@PostMapping("/plans")
	String create(@ModelAttribute("planForm") PlanForm form, @ModelAttribute(binding = false) Layout layout,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		layout.requireEditor();
		Map<String, String> errors = new LinkedHashMap<>();
		PlanInput input = input(form, errors);
		if (errors.isEmpty()) {
			try {
				PlanRead plan = plans.create(input);
				redirect.addFlashAttribute("notice", "Plan created. Add its songs below.");
				return "redirect:/plans/" + plan.plan().id();
			}
			catch (BadRequestException ex) {
				errors.putAll(FormErrors.of(ex));
			}
		}
		response.setStatus(422);
		return list(form, errors, model);
	}

	@GetMapping("/plans/{id}")
	String plan(@PathVariable long id, Model model) {
		Plan plan = plans.get(id);
		return plan(plan, PlanForm.of(plan), Map.of(), model);
	}

	private String plan(Plan plan, PlanForm form, Map<String, String> errors, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("view", new PlanView(plan));
		model.addAttribute("profiles", profiles.list(0, ProfileService.MAX_PAGE_SIZE).items());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "plan/plan";
	}

	@PostMapping("/plans/{id}")
	String update(@PathVariable long id, @ModelAttribute("planForm") PlanForm form,
			@ModelAttribute(binding = false) Layout layout, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		layout.requireEditor();
		Map<String, String> errors = new LinkedHashMap<>();
		PlanInput input = input(form, errors);
		if (errors.isEmpty()) {
			try {
				plans.replace(id, form.version(), input);
				redirect.addFlashAttribute("notice", "Plan saved.");
				return "redirect:/plans/" + id;
			}
			catch (BadRequestException ex) {
				errors.putAll(FormErrors.of(ex));
			}
			catch (StaleVersionException ex) {
				Plan current = plans.get(id);
				response.setStatus(409);
				model.addAttribute("notice",
						"Someone changed this plan meanwhile. Your details are kept in the form: save again to replace theirs.");
				return plan(current,
						new PlanForm(form.date(), form.title(), form.leaderId(), form.notes(), current.version()),
						Map.of(), model);
			}
		}
		response.setStatus(422);
		return plan(plans.get(id), form, errors, model);
	}

	@GetMapping("/plans/{id}/delete")
	String confirmDelete(@PathVariable long id, @ModelAttribute(binding = false) Layout layout, Model model) {
		layout.requireEditor();
		model.addAttribute("plan", plans.get(id));
		return "plan/delete";
	}

	@PostMapping("/plans/{id}/delete")
	String delete(@PathVariable long id, @ModelAttribute(binding = false) Layout layout, RedirectAttributes redirect) {
		layout.requireEditor();
		plans.delete(id);
		redirect.addFlashAttribute("notice", "Plan deleted.");
		return "redirect:/plans";
	}

	/**
	 * The songs to add: an htmx fragment (or, without JavaScript, the plan page with the
	 * results).
	 */
	@GetMapping("/plans/{id}/songs/search")
	String searchSongs(@PathVariable long id, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Integer version, Model model) {
		String query = q.length() > 200 ? q.substring(0, 200) : q;
		model.addAttribute("planId", id);
		model.addAttribute("version", version);
		model.addAttribute("q", query);
		model.addAttribute("found",
				query.isBlank() ? List.of() : songs.search(new SongQuery(query, null, null, 0, SEARCH_SIZE)).items());
		return "plan/found";
	}

	@PostMapping("/plans/{id}/items")
	String addItem(@PathVariable long id, @RequestParam(required = false) Long songId,
			@RequestParam(required = false) String header, @RequestParam(required = false) Integer version,
			@ModelAttribute(binding = false) Layout layout, RedirectAttributes redirect) {
		layout.requireEditor();
		return change(id, redirect, () -> {
			if (songId != null) {
				plans.addItem(id, version, new ItemInput(ItemType.SONG, songId, null, null, null, null, null));
				return "Song added.";
			}
			plans.addItem(id, version, new ItemInput(ItemType.HEADER, null, header, null, null, null, null));
			return "Header added.";
		});
	}

	/** A song item's key (empty: back to the default) and capo; its notes stay. */
	@PostMapping("/plans/{id}/items/{itemId}")
	String changeItem(@PathVariable long id, @PathVariable long itemId, @RequestParam(defaultValue = "") String key,
			@RequestParam(required = false) Integer capo, @RequestParam(required = false) Integer version,
			@ModelAttribute(binding = false) Layout layout, RedirectAttributes redirect) {
		layout.requireEditor();
		return change(id, redirect, () -> {
			PlanItem item = item(plans.get(id), itemId);
			plans.changeItem(id, itemId, version, new ItemChange(null, key.isBlank() ? null : key,
					capo == null || capo == 0 ? null : capo, item.notes()));
			return "Key of “" + item.title() + "” saved.";
		});
	}

	@PostMapping("/plans/{id}/items/{itemId}/move")
	String move(@PathVariable long id, @PathVariable long itemId, @RequestParam String direction,
			@RequestParam(required = false) Integer version, @ModelAttribute(binding = false) Layout layout,
			RedirectAttributes redirect) {
		layout.requireEditor();
		return change(id, redirect, () -> {
			Plan plan = plans.get(id);
			List<Long> order = new ArrayList<>(plan.items().stream().map(PlanItem::id).toList());
			int from = order.indexOf(itemId);
			if (from < 0) {
				throw new NotFoundException("Plan item", itemId);
			}
			int to = "up".equals(direction) ? from - 1 : from + 1;
			if (to < 0 || to >= order.size()) {
				return null;
			}
			Collections.swap(order, from, to);
			plans.reorder(id, version, order);
			return "Moved “" + plan.items().get(from).title() + "” " + ("up".equals(direction) ? "up." : "down.");
		});
	}

	/** The order plan.js sends after a drag and drop: every item id, in the new order. */
	@PostMapping("/plans/{id}/order")
	String reorder(@PathVariable long id, @RequestParam(name = "itemId", defaultValue = "") List<Long> itemIds,
			@RequestParam(required = false) Integer version, @ModelAttribute(binding = false) Layout layout,
			RedirectAttributes redirect) {
		layout.requireEditor();
		return change(id, redirect, () -> {
			plans.reorder(id, version, itemIds);
			return "New order saved.";
		});
	}

	@PostMapping("/plans/{id}/items/{itemId}/remove")
	String remove(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) Integer version,
			@ModelAttribute(binding = false) Layout layout, RedirectAttributes redirect) {
		layout.requireEditor();
		return change(id, redirect, () -> {
			plans.removeItem(id, itemId, version);
			return "Item removed.";
		});
	}

	@GetMapping("/plans/{id}/charts")
	String charts(@PathVariable long id, Model model) {
		PlanSongList list = plans.songs(id).songs();
		List<PlanChart> songCharts = list.songs().stream().map(this::chart).toList();
		model.addAttribute("plan", list);
		model.addAttribute("charts", songCharts);
		return "plan/charts";
	}

	private PlanChart chart(PlanSong song) {
		// the chart comes already in the item's key: render it as it is, with the item's
		// capo
		Song inKey = new Song(song.songId(), song.title(), song.authors(), song.copyright(), song.ccliNumber(),
				song.key(), song.tempo(), song.timeSignature(), song.tags(), song.chordpro(), null, null, 0,
				song.archived());
		int capo = song.capo() == null ? 0 : song.capo();
		var rendered = charts.renderHtml(inKey, Optional.empty(), capo, false);
		List<String> keys = Key.tryParse(song.key() == null ? "" : song.key())
			.map(SongChartView::keysLike)
			.orElse(List.of());
		return new PlanChart(song, inKey, new SongChartView(rendered, keys, false, false));
	}

	private interface Change {

		/**
		 * @return the notice to show, or null when there was nothing to do
		 */
		String apply();

	}

	private String change(long id, RedirectAttributes redirect, Change change) {
		try {
			String notice = change.apply();
			if (notice != null) {
				redirect.addFlashAttribute("notice", notice);
			}
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("notice", STALE);
		}
		catch (BadRequestException ex) {
			redirect.addFlashAttribute("notice", "Not saved: " + String.join("; ",
					FormErrors.of(ex).entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
		}
		return "redirect:/plans/" + id;
	}

	private static PlanItem item(Plan plan, long itemId) {
		return plan.items()
			.stream()
			.filter(item -> item.id() == itemId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Plan item", itemId));
	}

	private PlanInput input(PlanForm form, Map<String, String> errors) {
		LocalDate date = null;
		if (form.date() == null || form.date().isBlank()) {
			errors.put("date", "is required");
		}
		else {
			try {
				date = LocalDate.parse(form.date().strip());
			}
			catch (DateTimeParseException ex) {
				errors.put("date", "must be a date such as 2025-12-24");
			}
		}
		Long leader = null;
		if (form.leaderId() != null && !form.leaderId().isBlank()) {
			try {
				leader = Long.valueOf(form.leaderId().strip());
			}
			catch (NumberFormatException ex) {
				errors.put("leaderId", "is not a profile");
			}
		}
		PlanInput input = new PlanInput(date, form.title() == null ? "" : form.title(), leader,
				form.notes() == null ? "" : form.notes());
		FormErrors.of(validator.validate(input)).forEach(errors::putIfAbsent);
		return input;
	}

}
