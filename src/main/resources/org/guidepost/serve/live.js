// Guidepost preview: reloads the page when its file changes and shows build errors over it. Added by `guidepost serve` only.
(function () {
  'use strict';

  var OVERLAY_ID = 'gp-live-overlay';

  function pagePath() {
    var path = decodeURIComponent(location.pathname).replace(/^\//, '');
    return path === '' || path.charAt(path.length - 1) === '/' ? path + 'index.html' : path;
  }

  function text(tag, content, className) {
    var element = document.createElement(tag);
    element.textContent = content;
    if (className) {
      element.className = className;
    }
    return element;
  }

  function removeOverlay() {
    var old = document.getElementById(OVERLAY_ID);
    if (old) {
      old.parentNode.removeChild(old);
    }
  }

  function showProblems(problems) {
    removeOverlay();
    if (!problems || problems.length === 0) {
      return;
    }
    var overlay = document.createElement('section');
    overlay.id = OVERLAY_ID;
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('style', 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,0.94);color:#fff;'
      + 'font:15px/1.5 system-ui,sans-serif;padding:1.5rem;direction:ltr;text-align:left');
    overlay.appendChild(text('h2', problems.length === 1 ? 'Guidepost: 1 error stops the build' : 'Guidepost: ' + problems.length + ' errors stop the build'));
    overlay.appendChild(text('p', 'The pages show the last good build. Fix the errors and save: this notice goes away by itself.'));
    var list = document.createElement('ol');
    problems.forEach(function (problem) {
      var item = document.createElement('li');
      item.setAttribute('style', 'margin-bottom:0.8rem');
      var where = problem.file + (problem.line > 0 ? ':' + problem.line + (problem.column > 0 ? ':' + problem.column : '') : '');
      var location = text('code', where);
      location.setAttribute('style', 'color:#ffd479');
      item.appendChild(location);
      item.appendChild(text('div', problem.message));
      if (problem.hint) {
        var hint = text('div', 'hint: ' + problem.hint);
        hint.setAttribute('style', 'color:#b8d8ff');
        item.appendChild(hint);
      }
      list.appendChild(item);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }

  function affectsThisPage(change) {
    if (change.all) {
      return true;
    }
    var here = pagePath();
    return change.paths.some(function (path) {
      return path === here || path.indexOf('assets/') === 0;
    });
  }

  var initial = document.getElementById('gp-live-problems');
  if (initial) {
    showProblems(JSON.parse(initial.textContent));
  }

  var events = new EventSource('/__guidepost/events');
  events.addEventListener('problems', function (event) {
    showProblems(JSON.parse(event.data));
  });
  events.addEventListener('changed', function (event) {
    if (affectsThisPage(JSON.parse(event.data))) {
      location.reload();
    }
  });
})();
