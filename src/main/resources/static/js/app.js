// Canticle's page behaviour: small, optional touches on server-rendered pages. Everything works without it.
(function () {
	'use strict';

	var FONT_KEY = 'canticle.chartFont';
	var COLUMNS_KEY = 'canticle.chartColumns';
	var MIN_FONT = -2;
	var MAX_FONT = 5;

	function stored(key, fallback) {
		try {
			var value = window.localStorage.getItem(key);
			return value === null ? fallback : value;
		} catch (e) {
			return fallback;
		}
	}

	function store(key, value) {
		try {
			window.localStorage.setItem(key, value);
		} catch (e) {
			// private mode: the setting lasts for this page only
		}
	}

	function applyChartSettings() {
		var root = document.documentElement;
		root.setAttribute('data-chart-font', stored(FONT_KEY, '0'));
		var columns = stored(COLUMNS_KEY, 'true') === 'true';
		root.classList.toggle('single-column', !columns);
		document.querySelectorAll('[data-columns]').forEach(function (button) {
			button.setAttribute('aria-pressed', String(columns));
		});
	}

	function setUp() {
		applyChartSettings();
		document.querySelectorAll('[data-chart-tools], [data-print]').forEach(function (el) {
			el.hidden = false;
		});
	}

	document.addEventListener('click', function (event) {
		var font = event.target.closest('[data-font]');
		if (font) {
			var size = parseInt(stored(FONT_KEY, '0'), 10) + parseInt(font.getAttribute('data-font'), 10);
			store(FONT_KEY, String(Math.max(MIN_FONT, Math.min(MAX_FONT, size))));
			applyChartSettings();
			return;
		}
		if (event.target.closest('[data-columns]')) {
			store(COLUMNS_KEY, String(stored(COLUMNS_KEY, 'true') !== 'true'));
			applyChartSettings();
			return;
		}
		if (event.target.closest('[data-print]')) {
			window.print();
			return;
		}
		var confirmButton = event.target.closest('[data-confirm]');
		if (confirmButton && !window.confirm(confirmButton.getAttribute('data-confirm'))) {
			event.preventDefault();
		}
	});

	// a select in a form marked data-autosubmit saves on change; its submit button stays for keyboards and no-JS
	document.addEventListener('change', function (event) {
		var form = event.target.closest('form[data-autosubmit]');
		if (form && event.target.tagName === 'SELECT') {
			form.requestSubmit();
		}
	});

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', setUp);
	} else {
		setUp();
	}
	document.addEventListener('htmx:afterSettle', applyChartSettings);
})();
