/* dossier 督导平台: the filters of the findings page. The filter state is kept in the address after
   "#", so a filtered view can be sent as a link. Without JavaScript the page lists every finding. */
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var table = document.getElementById('findings-table');
  if (!form || !table) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var fields = ['severity', 'rule', 'unit', 'indicator', 'q'];
  var shown = document.getElementById('shown');

  Array.prototype.forEach.call(form.querySelectorAll('select[data-from]'), function (select) {
    var key = select.getAttribute('data-from');
    var seen = {};
    var values = [];
    rows.forEach(function (row) {
      var v = row.getAttribute('data-' + key);
      if (v && !seen[v]) {
        seen[v] = true;
        values.push(v);
      }
    });
    if (key === 'rule') values.sort();
    values.forEach(function (v) {
      var option = document.createElement('option');
      option.value = v;
      option.textContent = v;
      select.appendChild(option);
    });
  });

  function current() {
    var s = {};
    fields.forEach(function (f) { s[f] = form.elements[f].value.trim(); });
    return s;
  }

  function apply() {
    var s = current();
    var q = s.q.toLowerCase();
    var count = 0;
    rows.forEach(function (row) {
      var ok = ['severity', 'rule', 'unit', 'indicator'].every(function (f) {
        return !s[f] || row.getAttribute('data-' + f) === s[f];
      }) && (!q || row.textContent.toLowerCase().indexOf(q) >= 0);
      row.hidden = !ok;
      if (ok) count++;
    });
    shown.textContent = String(count);
  }

  function readAddress() {
    var params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
    fields.forEach(function (f) { form.elements[f].value = params.get(f) || ''; });
  }

  function writeAddress() {
    var s = current();
    var params = new URLSearchParams();
    fields.forEach(function (f) { if (s[f]) params.set(f, s[f]); });
    var hash = params.toString();
    var url = window.location.pathname + window.location.search + (hash ? '#' + hash : '');
    try {
      window.history.replaceState(null, '', url);
    } catch (e) {
      window.location.hash = hash;
    }
  }

  function update() {
    apply();
    writeAddress();
  }

  form.hidden = false;
  readAddress();
  apply();
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { window.setTimeout(update, 0); });
  window.addEventListener('hashchange', function () {
    readAddress();
    apply();
  });
}());
