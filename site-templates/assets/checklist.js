/* Checklist pages: keeps ticks in localStorage (one key per site, language and checklist), shows progress, resets, prints. */
(function () {
  'use strict';

  function readTicks(key) {
    try {
      var stored = JSON.parse(window.localStorage.getItem(key) || '[]');
      return Array.isArray(stored) ? stored : [];
    } catch (e) {
      return [];
    }
  }

  function writeTicks(key, ids) {
    try {
      if (ids.length) {
        window.localStorage.setItem(key, JSON.stringify(ids));
      } else {
        window.localStorage.removeItem(key);
      }
    } catch (e) {
      /* storage may be disabled or full: ticks then last as long as the page */
    }
  }

  function setUp(root) {
    var key = root.getAttribute('data-storage-key');
    var template = root.getAttribute('data-progress-template') || '{done} / {total}';
    var boxes = Array.prototype.slice.call(root.querySelectorAll('input[type="checkbox"][data-item]'));
    var progress = root.querySelector('[data-checklist-progress]');
    var tools = root.querySelector('[data-checklist-tools]');

    function showProgress() {
      var done = boxes.filter(function (box) { return box.checked; }).length;
      progress.textContent = template.replace('{done}', String(done)).replace('{total}', String(boxes.length));
    }

    function save() {
      writeTicks(key, boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.getAttribute('data-item'); }));
      showProgress();
    }

    var ticked = readTicks(key);
    boxes.forEach(function (box) {
      box.checked = ticked.indexOf(box.getAttribute('data-item')) >= 0;
      box.addEventListener('change', save);
    });
    root.querySelector('[data-checklist-reset]').addEventListener('click', function () {
      boxes.forEach(function (box) { box.checked = false; });
      save();
    });
    root.querySelector('[data-checklist-print]').addEventListener('click', function () {
      window.print();
    });
    showProgress();
    tools.hidden = false;
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-checklist]'), setUp);
}());
