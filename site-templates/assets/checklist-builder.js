/*
 * "Make my checklist": readers pick actions from the catalogue and order them; the picked ids live in the URL
 * (#items=a,b,c). The catalogue comes in parts, one per topic (part-N.js calls GuidepostBuilderPart with its data),
 * loaded as script elements (which also work from file://) when a reader chooses their topic or a link picks their items.
 */
(function () {
  'use strict';

  var root = document.querySelector('[data-checklist-builder]');
  if (!root) {
    return;
  }
  var entries = {};
  var parts = {};
  var partOf = {};
  Array.prototype.forEach.call(root.querySelectorAll('[data-builder-part]'), function (element) {
    var key = element.getAttribute('data-builder-part');
    parts[key] = { element: element, loaded: false, waiting: null };
    element.getAttribute('data-items').split(' ').forEach(function (id) {
      partOf[id] = key;
    });
  });
  var filters = Array.prototype.slice.call(root.querySelectorAll('[data-builder-filter]'));
  var topicFilter = root.querySelector('[data-builder-filter="topic"]');
  var list = root.querySelector('[data-builder-list]');
  var empty = root.querySelector('[data-builder-empty]');
  var link = root.querySelector('[data-builder-link]');
  var save = root.querySelector('[data-builder-save]');
  var title = document.querySelector('h1').textContent;
  var savedUrl = null;
  var selection = [];

  function label(name) {
    return root.getAttribute('data-label-' + name) || name;
  }

  function textOf(id) {
    return entries[id].querySelector('[data-builder-text]').textContent.replace(/\s+/g, ' ').trim();
  }

  function fromUrl() {
    var match = /(?:^#|&)items=([^&]*)/.exec(window.location.hash);
    if (!match) {
      return [];
    }
    return decodeURIComponent(match[1]).split(',').filter(function (id, position, all) {
      return Object.prototype.hasOwnProperty.call(partOf, id) && all.indexOf(id) === position;
    });
  }

  function fragment() {
    return '#items=' + selection.map(encodeURIComponent).join(',');
  }

  function toUrl() {
    if (window.location.hash === fragment()) {
      return;
    }
    try {
      window.history.replaceState(null, '', fragment());
    } catch (e) {
      window.location.hash = fragment();
    }
  }

  function button(action, id, text, disabled) {
    var element = document.createElement('button');
    element.type = 'button';
    element.textContent = label(action);
    element.setAttribute('aria-label', label(action) + ': ' + text);
    element.setAttribute('data-action', action);
    element.setAttribute('data-id', id);
    element.disabled = disabled;
    return element;
  }

  function entryFor(id, index) {
    var text = textOf(id);
    var item = document.createElement('li');
    item.className = 'checklist-item';
    var box = document.createElement('span');
    box.className = 'tick-box';
    box.setAttribute('aria-hidden', 'true');
    var words = document.createElement('span');
    words.textContent = text;
    var article = document.createElement('a');
    article.className = 'checklist-item-article';
    article.href = entries[id].querySelector('.checklist-item-article').getAttribute('href');
    article.textContent = label('in-article');
    var buttons = document.createElement('span');
    buttons.className = 'builder-buttons';
    buttons.appendChild(button('move-up', id, text, index === 0));
    buttons.appendChild(button('move-down', id, text, index === selection.length - 1));
    buttons.appendChild(button('remove', id, text, false));
    item.appendChild(box);
    item.appendChild(words);
    item.appendChild(article);
    item.appendChild(buttons);
    return item;
  }

  function savedText() {
    return [title, ''].concat(selection.map(function (id) { return '\u2610 ' + textOf(id); })).join('\n') + '\n';
  }

  function render() {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    selection.forEach(function (id, index) {
      list.appendChild(entryFor(id, index));
    });
    empty.hidden = selection.length > 0;
    root.classList.toggle('has-selection', selection.length > 0);
    Object.keys(entries).forEach(function (id) {
      entries[id].querySelector('[data-builder-pick]').checked = selection.indexOf(id) >= 0;
    });
    link.setAttribute('href', fragment());
    if (savedUrl) {
      URL.revokeObjectURL(savedUrl);
    }
    savedUrl = URL.createObjectURL(new Blob([savedText()], { type: 'text/plain;charset=utf-8' }));
    save.setAttribute('href', savedUrl);
  }

  function update(next, focus) {
    selection = next;
    render();
    toUrl();
    if (focus) {
      var target = list.querySelector('[data-id="' + focus.id + '"][data-action="' + focus.action + '"]:not([disabled])')
        || list.querySelector('[data-id="' + focus.id + '"]:not([disabled])');
      if (target) {
        target.focus();
      }
    }
  }

  /** Loads the parts (by index) not loaded yet, then calls done. */
  function load(keys, done) {
    var pending = keys.filter(function (key, position) {
      return !parts[key].loaded && keys.indexOf(key) === position;
    });
    var left = pending.length;
    if (left === 0) {
      done();
      return;
    }
    pending.forEach(function (key) {
      var part = parts[key];
      if (!part.waiting) {
        part.waiting = [];
        var script = document.createElement('script');
        script.src = part.element.getAttribute('data-src');
        // a part missing from a copy of the site leaves its actions out rather than the whole builder waiting
        script.onerror = function () { loaded(part); };
        document.head.appendChild(script);
      }
      part.waiting.push(function () {
        left -= 1;
        if (left === 0) {
          done();
        }
      });
    });
  }

  var escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

  function escaped(text) {
    return String(text).replace(/[&<>"]/g, function (c) { return escapes[c]; });
  }

  /** An item's markup: item is [id, anchor, html, frequency, topic, citation numbers]; its html is the site's own, already safe. */
  function itemHtml(item, section, data) {
    var id = escaped(item[0]);
    var frequency = item[3];
    var topic = item[4];
    var meta = [frequency && data.frequencies[frequency], topic && data.topics[topic]].filter(Boolean).map(escaped);
    return '<li class="checklist-item" id="' + escaped(item[1]) + '" data-builder-item="' + id + '"'
      + (frequency ? ' data-frequency="' + escaped(frequency) + '"' : '') + (topic ? ' data-topic="' + escaped(topic) + '"' : '') + '>\n'
      + '<input type="checkbox" id="gp-pick-' + id + '" data-builder-pick="' + id + '">\n'
      + '<label for="gp-pick-' + id + '" data-builder-text>' + item[2]
      + item[5].map(function (n) { return ' <a class="citation" href="#ref-' + n + '" role="doc-noteref">[' + n + ']</a>'; }).join('')
      + '</label>\n'
      + '<a class="checklist-item-article" href="' + escaped(section.article + '#' + item[0]) + '">' + escaped(label('in-article'))
      + '<span class="visually-hidden">: ' + escaped(section.title) + '</span></a>\n'
      + (meta.length ? '<span class="checklist-item-meta">' + meta.join(' · ') + '</span>\n' : '')
      + '</li>\n';
  }

  /** A part's markup: its items grouped by article, each group a section. */
  function partHtml(data) {
    return data.sections.map(function (section) {
      var anchor = escaped(section.anchor);
      return '<section class="builder-group" aria-labelledby="' + anchor + '">\n<h3 id="' + anchor + '">' + escaped(section.title) + '</h3>\n'
        + '<ul class="checklist-items">\n' + section.items.map(function (item) { return itemHtml(item, section, data); }).join('')
        + '</ul>\n</section>\n';
    }).join('');
  }

  window.GuidepostBuilderPart = function (key, data) {
    var part = parts[String(key)];
    part.element.innerHTML = partHtml(data);
    Array.prototype.forEach.call(part.element.querySelectorAll('[data-builder-item]'), function (item) {
      var id = item.getAttribute('data-builder-item');
      entries[id] = item;
      item.querySelector('[data-builder-pick]').addEventListener('change', function (event) {
        var next = selection.filter(function (picked) { return picked !== id; });
        if (event.target.checked) {
          next.push(id);
        }
        update(next, null);
      });
    });
    loaded(part);
  };

  function loaded(part) {
    part.loaded = true;
    var waiting = part.waiting || [];
    part.waiting = null;
    waiting.forEach(function (callback) { callback(); });
  }

  /** The ids whose actions are on the page: a link may name some that could not be loaded. */
  function present(ids) {
    return ids.filter(function (id) { return Object.prototype.hasOwnProperty.call(entries, id); });
  }

  /** The parts the topic filter shows: one, or all of them. */
  function shownParts() {
    return topicFilter.value === '' ? Object.keys(parts) : [topicFilter.value];
  }

  function applyFilters() {
    var shown = shownParts();
    Object.keys(parts).forEach(function (key) {
      parts[key].element.hidden = shown.indexOf(key) < 0;
    });
    var frequency = root.querySelector('[data-builder-filter="frequency"]').value;
    Object.keys(entries).forEach(function (id) {
      entries[id].hidden = frequency !== '' && entries[id].getAttribute('data-frequency') !== frequency;
    });
  }

  function showChosenParts() {
    load(shownParts(), applyFilters);
  }

  function partsOf(ids) {
    return ids.map(function (id) { return partOf[id]; });
  }

  list.addEventListener('click', function (event) {
    var target = event.target.closest('button[data-action]');
    if (!target) {
      return;
    }
    var id = target.getAttribute('data-id');
    var action = target.getAttribute('data-action');
    var next = selection.slice();
    var index = next.indexOf(id);
    if (action === 'remove') {
      next.splice(index, 1);
      update(next, null);
      return;
    }
    var other = action === 'move-up' ? index - 1 : index + 1;
    next[index] = next[other];
    next[other] = id;
    update(next, { id: id, action: action });
  });

  filters.forEach(function (filter) {
    filter.addEventListener('change', showChosenParts);
  });
  root.querySelector('[data-builder-print]').addEventListener('click', function () {
    window.print();
  });
  window.addEventListener('hashchange', function () {
    var wanted = fromUrl();
    if (wanted.join(',') !== selection.join(',')) {
      load(partsOf(wanted), function () {
        selection = present(wanted);
        render();
      });
    }
  });

  var wanted = fromUrl();
  load(partsOf(wanted).concat(shownParts()), function () {
    selection = present(wanted);
    root.querySelector('[data-builder-selection]').hidden = false;
    root.querySelector('[data-builder-catalogue]').hidden = false;
    render();
    applyFilters();
  });
}());
