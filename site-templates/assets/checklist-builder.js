/* "Make my checklist": readers pick actions from the catalogue and order them; the picked ids live in the URL (#items=a,b,c). */
(function () {
  'use strict';

  var root = document.querySelector('[data-checklist-builder]');
  if (!root) {
    return;
  }
  var entries = {};
  Array.prototype.forEach.call(root.querySelectorAll('[data-builder-item]'), function (item) {
    entries[item.getAttribute('data-builder-item')] = item;
  });
  var picks = Array.prototype.slice.call(root.querySelectorAll('[data-builder-pick]'));
  var filters = Array.prototype.slice.call(root.querySelectorAll('[data-builder-filter]'));
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
    return decodeURIComponent(match[1]).split(',').filter(function (id, index, all) {
      return Object.prototype.hasOwnProperty.call(entries, id) && all.indexOf(id) === index;
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
    picks.forEach(function (pick) {
      pick.checked = selection.indexOf(pick.getAttribute('data-builder-pick')) >= 0;
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

  function applyFilters() {
    var wanted = {};
    filters.forEach(function (filter) {
      wanted[filter.getAttribute('data-builder-filter')] = filter.value;
    });
    Object.keys(entries).forEach(function (id) {
      var entry = entries[id];
      entry.hidden = Object.keys(wanted).some(function (name) {
        return wanted[name] !== '' && entry.getAttribute('data-' + name) !== wanted[name];
      });
    });
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

  picks.forEach(function (pick) {
    pick.disabled = false;
    pick.addEventListener('change', function () {
      var id = pick.getAttribute('data-builder-pick');
      var next = selection.filter(function (picked) { return picked !== id; });
      if (pick.checked) {
        next.push(id);
      }
      update(next, null);
    });
  });
  filters.forEach(function (filter) {
    filter.addEventListener('change', applyFilters);
  });
  root.querySelector('[data-builder-print]').addEventListener('click', function () {
    window.print();
  });
  window.addEventListener('hashchange', function () {
    var wanted = fromUrl();
    if (wanted.join(',') !== selection.join(',')) {
      selection = wanted;
      render();
    }
  });

  root.querySelector('[data-builder-selection]').hidden = false;
  root.querySelector('[data-builder-filters]').hidden = false;
  selection = fromUrl();
  render();
  applyFilters();
}());
