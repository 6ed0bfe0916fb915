// Editors' dashboard: sort a table by clicking a column header, filter its rows by typing. DOM only, no markup from data.
(function () {
  'use strict';

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) {
      return '';
    }
    return cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
  }

  function compare(a, b, numeric) {
    if (numeric) {
      return Number(a) - Number(b);
    }
    return a.localeCompare(b);
  }

  function sortBy(table, header) {
    var headers = Array.prototype.slice.call(header.parentNode.children);
    var index = headers.indexOf(header);
    var numeric = header.getAttribute('data-sort-type') === 'number';
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (x, y) {
      var order = compare(cellValue(x, index), cellValue(y, index), numeric);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  function filter(table, text) {
    var wanted = text.trim().toLowerCase();
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      row.hidden = wanted !== '' && row.textContent.toLowerCase().indexOf(wanted) < 0;
    });
  }

  document.querySelectorAll('table.dashboard-table').forEach(function (table) {
    table.querySelectorAll('thead th').forEach(function (header) {
      var button = header.querySelector('button.sort-button');
      if (button) {
        button.addEventListener('click', function () { sortBy(table, header); });
      }
    });
  });

  document.querySelectorAll('input[data-filter-table]').forEach(function (input) {
    var table = document.getElementById(input.getAttribute('data-filter-table'));
    if (table) {
      input.addEventListener('input', function () { filter(table, input.value); });
    }
  });
})();
