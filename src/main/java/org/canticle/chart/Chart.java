package org.canticle.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An immutable parsed chart. A transposed or capo'd chart is always computed from the
 * chart as parsed (its origin) with the total shift, never from an intermediate result,
 * so transposing up n and down n returns the parsed chart itself: the original text,
 * whatever its spelling.
 */
public final class Chart {

	private static final Chart EMPTY = new Chart(List.of(), false, List.of(), null, 0, null, null, null);

	private final List<Line> lines;

	private final boolean endsWithNewline;

	private final List<ParseWarning> warnings;

	private final Chart origin;

	private final int shift;

	private final Key targetKey;

	private final Integer capo;

	private final Key assumedKey;

	private List<Section> sections;

	private Chart(List<Line> lines, boolean endsWithNewline, List<ParseWarning> warnings, Chart origin, int shift,
			Key targetKey, Integer capo, Key assumedKey) {
		this.lines = List.copyOf(lines);
		this.endsWithNewline = endsWithNewline;
		this.warnings = List.copyOf(warnings);
		this.origin = origin;
		this.shift = shift;
		this.targetKey = targetKey;
		this.capo = capo;
		this.assumedKey = assumedKey;
	}

	static Chart empty() {
		return EMPTY;
	}

	/** A new origin chart. */
	static Chart of(List<Line> lines, boolean endsWithNewline, List<ParseWarning> warnings) {
		return new Chart(lines, endsWithNewline, warnings, null, 0, null, null, null);
	}

	public List<Line> lines() {
		return lines;
	}

	public boolean endsWithNewline() {
		return endsWithNewline;
	}

	public List<ParseWarning> warnings() {
		return warnings;
	}

	public boolean isEmpty() {
		return lines.isEmpty();
	}

	/** The first {key:} directive that names a key. */
	public Optional<Key> key() {
		return directiveText("key").flatMap(Key::tryParse);
	}

	/**
	 * The capo fret from the first {capo:} directive, 0 when there is none or it is not a
	 * number.
	 */
	public int capo() {
		return directiveText("capo").map(text -> {
			try {
				return Integer.parseInt(text.strip());
			}
			catch (NumberFormatException e) {
				return 0;
			}
		}).orElse(0);
	}

	public String title() {
		return directiveText("title").orElse("");
	}

	/**
	 * The text of the first directive with this (canonical) name: "artist", "tempo",
	 * "ccli" …
	 */
	public Optional<String> meta(String name) {
		return name == null ? Optional.empty() : directiveText(Directive.canonicalName(name));
	}

	private Optional<String> directiveText(String name) {
		for (Line line : lines) {
			if (line instanceof DirectiveLine d && d.directive().name().equals(name)) {
				return Optional.of(d.directive().text());
			}
		}
		return Optional.empty();
	}

	/**
	 * Lines grouped into sections; lines outside any section form sections of kind "".
	 */
	public List<Section> sections() {
		if (sections == null) {
			sections = groupSections(lines);
		}
		return sections;
	}

	private static List<Section> groupSections(List<Line> lines) {
		List<Section> result = new ArrayList<>();
		List<Line> current = new ArrayList<>();
		String kind = "";
		String label = "";
		for (Line line : lines) {
			if (line instanceof DirectiveLine d && (d.directive().startsSection() || d.directive().endsSection())) {
				if (!current.isEmpty() || !kind.isEmpty()) {
					result.add(new Section(kind, label, current));
				}
				current = new ArrayList<>();
				boolean start = d.directive().startsSection();
				kind = start ? d.directive().sectionKind() : "";
				label = start ? d.directive().label() : "";
			}
			else {
				current.add(line);
			}
		}
		if (!current.isEmpty() || !kind.isEmpty()) {
			result.add(new Section(kind, label, current));
		}
		return result;
	}

	private Chart originChart() {
		return origin == null ? this : origin;
	}

	public Chart transpose(int semitones) {
		return derive(shift + semitones, null, capo, assumedKey);
	}

	/**
	 * Into {@code target} from the chart's first key; unchanged when the chart has no
	 * key.
	 */
	public Chart transposeTo(Key target) {
		return transposeTo(target, null);
	}

	/**
	 * Like {@link #transposeTo(Key)}, using {@code assumedKey} (the song's stored key)
	 * when the chart has no {key:}.
	 */
	public Chart transposeTo(Key target, Key assumedKey) {
		Chart source = originChart();
		Optional<Key> from = source.key().or(() -> Optional.ofNullable(assumedKey));
		if (target == null || from.isEmpty()) {
			return this;
		}
		return derive(target.pitchClass() - from.get().pitchClass(), target, capo, assumedKey);
	}

	/**
	 * Chord shapes to play with a capo on {@code fret} (0–11) while the song sounds in
	 * the same key: chords move down by the fret, spelled for the shape key; {key:} keeps
	 * the sounding key and {capo:} says the fret (removed at 0).
	 */
	public Chart withCapo(int fret) {
		if (fret < 0 || fret > 11) {
			throw new IllegalArgumentException("Capo fret must be 0-11, was " + fret);
		}
		return derive(shift, targetKey, fret, assumedKey);
	}

	/**
	 * Chords as Nashville numbers relative to the key in force at each line (see
	 * {@link NashvilleNumbers}).
	 */
	public Chart toNashville() {
		return NashvilleNumbers.toNumbers(this, null);
	}

	/** Like {@link #toNashville()}, with the key to use when the chart has no {key:}. */
	public Chart toNashville(Key assumedKey) {
		return NashvilleNumbers.toNumbers(this, assumedKey);
	}

	/** Number chords written as letters in the key in force at each line. */
	public Chart withLetters() {
		return NashvilleNumbers.toLetters(this, null);
	}

	private Chart derive(int newShift, Key newTarget, Integer newCapo, Key newAssumed) {
		Chart source = originChart();
		boolean sameKey = newTarget == null || source.key().map(k -> k.equals(newTarget)).orElse(true);
		boolean sameCapo = newCapo == null || newCapo == source.capo();
		if (Math.floorMod(newShift, 12) == 0 && sameKey && sameCapo) {
			return source;
		}
		List<Line> transposed = Transposer.transpose(source, newShift, newTarget, newCapo, newAssumed);
		return new Chart(transposed, source.endsWithNewline, source.warnings, source, newShift, newTarget, newCapo,
				newAssumed);
	}

	/**
	 * A chart whose lines were computed by this package (numbers, letters), standing on
	 * its own.
	 */
	Chart withLines(List<Line> newLines) {
		return new Chart(newLines, endsWithNewline, warnings, null, 0, null, null, null);
	}

	@Override
	public String toString() {
		return ChordProRenderer.render(this);
	}

}
