/* Guidepost search page: reads ?q= (and ?topic=, ?all=1) from the page URL, runs the offline engine and renders the
   results with DOM APIs only (never innerHTML), so neither the query nor the content can inject markup. */
(function () {
  'use strict';
  var container = document.getElementById('gp-search');
  if (!container || !window.GuidepostSearch) { return; }
  var lang = container.getAttribute('data-lang');
  var rootPath = container.getAttribute('data-root') || '';
  var form = document.getElementById('gp-search-form');
  var input = document.getElementById('gp-search-input');
  var topicSelect = document.getElementById('gp-search-topic');
  var allLanguages = document.getElementById('gp-search-all');
  var status = document.getElementById('gp-search-status');
  var list = document.getElementById('gp-search-results');
  var engine = window.GuidepostSearch.create({ root: rootPath });
  var generation = 0;
  var timer = null;

  function message(name, fallback, values) {
    var text = container.getAttribute('data-msg-' + name) || fallback;
    Object.keys(values || {}).forEach(function (key) { text = text.split('{' + key + '}').join(values[key]); });
    return text;
  }

  function param(name) {
    var match = new RegExp('[?&]' + name + '=([^&#]*)').exec(window.location.search);
    if (!match) { return ''; }
    try { return decodeURIComponent(match[1].replace(/\+/g, ' ')); } catch (e) { return ''; }
  }

  function clear(element) { while (element.firstChild) { element.removeChild(element.firstChild); } }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function queryString(q) {
    var parts = ['q=' + encodeURIComponent(q)];
    if (topicSelect && topicSelect.value) { parts.push('topic=' + encodeURIComponent(topicSelect.value)); }
    if (allLanguages && allLanguages.checked) { parts.push('all=1'); }
    return '?' + parts.join('&');
  }

  function renderResults(outcome, q) {
    clear(list);
    if (outcome.total === 0) {
      status.textContent = message('none', 'No results for “{q}”.', { q: q });
      if (outcome.suggestions.length > 0) {
        var hint = element('p', 'gp-search-suggestions', message('suggest', 'Did you mean:') + ' ');
        outcome.suggestions.forEach(function (suggestion, i) {
          var link = element('a', null, suggestion);
          link.href = queryString(suggestion);
          if (i > 0) { hint.appendChild(document.createTextNode(', ')); }
          hint.appendChild(link);
        });
        status.appendChild(hint);
      }
      return;
    }
    status.textContent = message('results', '{n} results for “{q}”.', { n: String(outcome.total), q: q });
    outcome.results.forEach(function (result) {
      var item = element('li', 'gp-search-result');
      var link = element('a', 'gp-search-title', result.title);
      link.href = rootPath + result.url;
      if (result.lang !== lang) { link.setAttribute('hreflang', result.lang); link.lang = result.lang; }
      item.appendChild(link);
      var excerpt = element('p', 'gp-search-excerpt');
      result.fragments.forEach(function (fragment) {
        excerpt.appendChild(fragment.hit ? element('mark', null, fragment.text) : document.createTextNode(fragment.text));
      });
      item.appendChild(excerpt);
      if (result.topics.length > 0) { item.appendChild(element('p', 'gp-search-topics', result.topics.join(' · '))); }
      list.appendChild(item);
    });
  }

  function run(q) {
    var current = ++generation;
    if (q.trim() === '') { clear(list); status.textContent = ''; return; }
    status.textContent = message('loading', 'Searching…');
    engine.search(q, {
      lang: lang, allLanguages: !!(allLanguages && allLanguages.checked), topic: topicSelect ? topicSelect.value : null,
      limit: 20
    }).then(function (outcome) {
      if (current === generation) { renderResults(outcome, q); }
    }, function (error) {
      if (current === generation) { status.textContent = message('error', 'Search is not available: {e}', { e: String(error.message) }); }
    });
  }

  function remember(q) {
    try { window.history.replaceState(null, '', queryString(q)); } catch (e) { /* some browsers refuse on file:// */ }
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll('a.gp-search-title')); }

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { run(input.value); remember(input.value); }, 150);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && links().length > 0) { event.preventDefault(); links()[0].focus(); }
  });
  list.addEventListener('keydown', function (event) {
    var all = links();
    var index = all.indexOf(document.activeElement);
    if (index < 0) { return; }
    if (event.key === 'ArrowDown' && index + 1 < all.length) { event.preventDefault(); all[index + 1].focus(); }
    if (event.key === 'ArrowUp') { event.preventDefault(); (index > 0 ? all[index - 1] : input).focus(); }
    if (event.key === 'Escape') { input.focus(); }
  });
  if (form) {
    form.addEventListener('submit', function (event) { event.preventDefault(); run(input.value); remember(input.value); });
  }
  [topicSelect, allLanguages].forEach(function (control) {
    if (control) { control.addEventListener('change', function () { run(input.value); remember(input.value); }); }
  });

  if (topicSelect) {
    engine.topics(lang).then(function (topics) {
      var wanted = param('topic');
      topics.forEach(function (topic) {
        var option = element('option', null, topic);
        option.value = topic;
        option.selected = topic === wanted;
        topicSelect.appendChild(option);
      });
      run(input.value);
    }, function () { run(input.value); });
  }
  if (allLanguages) { allLanguages.checked = param('all') === '1'; }
  input.value = param('q');
  if (!topicSelect) { run(input.value); }
}());
