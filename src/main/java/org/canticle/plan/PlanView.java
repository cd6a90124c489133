package org.canticle.plan;

import java.util.List;

import org.canticle.chart.Key;
import org.canticle.song.SongChartView;

/** What the plan page works out for its templates. */
public record PlanView(Plan plan) {

	/**
	 * The keys an item's picker offers: those of its key's mode; empty for a song without
	 * a key.
	 */
	public List<String> keysFor(PlanItem item) {
		String key = item.key() != null ? item.key() : item.defaultKey();
		return Key.tryParse(key == null ? "" : key).map(SongChartView::keysLike).orElse(List.of());
	}

	/** "Default (G, leader's key)": what the item plays in without a key of its own. */
	public String defaultLabel(PlanItem item) {
		if (item.defaultKey() == null) {
			return "Default (as written)";
		}
		String source = switch (item.keySource()) {
			case LEADER -> ", leader's key";
			case SONG -> ", song's key";
			// the item has its own key: whether the default is the leader's or the song's
			// is not on the item
			case ITEM -> "";
		};
		return "Default (" + item.defaultKey() + source + ")";
	}

	public boolean first(PlanItem item) {
		return plan.items().indexOf(item) == 0;
	}

	public boolean last(PlanItem item) {
		return plan.items().indexOf(item) == plan.items().size() - 1;
	}

	public int songCount() {
		return (int) plan.items().stream().filter(item -> item.type() == ItemType.SONG).count();
	}

}
