// Drag and drop for a plan's items (HTML5 drag and drop). The Up and Down buttons on each item do the same from the
// keyboard and without JavaScript; this only adds dragging. The new order is posted as a plain form.
(function () {
	'use strict';

	function setUp() {
		var list = document.querySelector('[data-plan-items="editable"]');
		var form = document.getElementById('reorder-form');
		if (!list || !form) {
			return;
		}
		var dragged = null;

		function clearMarks() {
			list.querySelectorAll('.drop-before, .drop-after').forEach(function (el) {
				el.classList.remove('drop-before', 'drop-after');
			});
		}

		function before(item, event) {
			var box = item.getBoundingClientRect();
			return event.clientY < box.top + box.height / 2;
		}

		list.addEventListener('dragstart', function (event) {
			dragged = event.target.closest('.plan-item');
			if (!dragged) {
				return;
			}
			dragged.classList.add('dragging');
			event.dataTransfer.effectAllowed = 'move';
			// Firefox starts a drag only with data set
			event.dataTransfer.setData('text/plain', dragged.getAttribute('data-item-id'));
		});

		list.addEventListener('dragover', function (event) {
			var item = event.target.closest('.plan-item');
			if (!dragged || !item || item === dragged) {
				return;
			}
			event.preventDefault();
			event.dataTransfer.dropEffect = 'move';
			clearMarks();
			item.classList.add(before(item, event) ? 'drop-before' : 'drop-after');
		});

		list.addEventListener('dragleave', function (event) {
			if (!list.contains(event.relatedTarget)) {
				clearMarks();
			}
		});

		list.addEventListener('drop', function (event) {
			var item = event.target.closest('.plan-item');
			if (!dragged || !item || item === dragged) {
				return;
			}
			event.preventDefault();
			list.insertBefore(dragged, before(item, event) ? item : item.nextSibling);
			clearMarks();
			submitOrder();
		});

		list.addEventListener('dragend', function () {
			if (dragged) {
				dragged.classList.remove('dragging');
			}
			dragged = null;
			clearMarks();
		});

		function submitOrder() {
			form.querySelectorAll('input[name="itemId"]').forEach(function (input) {
				input.remove();
			});
			list.querySelectorAll('.plan-item').forEach(function (item) {
				var input = document.createElement('input');
				input.type = 'hidden';
				input.name = 'itemId';
				input.value = item.getAttribute('data-item-id');
				form.appendChild(input);
			});
			form.submit();
		}
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', setUp);
	} else {
		setUp();
	}
})();
