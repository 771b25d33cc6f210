// Opening-hours editor: rows per day with several intervals, odd/even weeks, exceptional closures and public
// holidays, written into the OSM opening_hours text field (which keeps working alone without JavaScript) and
// previewed as a week table. Strings it cannot read back stay editable as text only.
(function () {
  'use strict';

  var DAYS = [['Mo', 'Lundi'], ['Tu', 'Mardi'], ['We', 'Mercredi'], ['Th', 'Jeudi'], ['Fr', 'Vendredi'], ['Sa', 'Samedi'], ['Su', 'Dimanche']];
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var PARITY = { all: '', odd: 'week 1-53/2 ', even: 'week 2-52/2 ' };
  var TIME = /^([01]\d|2[0-4]):[0-5]\d$/;

  function emptyModel() {
    return { days: DAYS.map(function () { return { intervals: [], parity: 'all' }; }), closures: [], holidaysOff: false };
  }

  function dayIndex(code) {
    for (var i = 0; i < DAYS.length; i++) { if (DAYS[i][0] === code) { return i; } }
    return -1;
  }

  // Reads the subset of the syntax the editor writes; returns null for anything else.
  function parse(text) {
    var model = emptyModel();
    var rules = text.split(';').map(function (r) { return r.trim().replace(/\s+/g, ' '); }).filter(function (r) { return r.length > 0; });
    for (var r = 0; r < rules.length; r++) {
      var rule = rules[r];
      var m;
      if (rule === 'PH off') { model.holidaysOff = true; continue; }
      if ((m = /^(\d{4}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}) off$/.exec(rule))) {
        var month = MONTHS.indexOf(m[2]) + 1;
        model.closures.push(m[1] + '-' + (month < 10 ? '0' : '') + month + '-' + (m[3].length < 2 ? '0' : '') + m[3]);
        continue;
      }
      m = /^(?:week (1-53|2-52)\/2 )?((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*) (\d\d:\d\d-\d\d:\d\d(?:, ?\d\d:\d\d-\d\d:\d\d)*)$/.exec(rule);
      if (!m) { return null; }
      var parity = m[1] === '1-53' ? 'odd' : m[1] === '2-52' ? 'even' : 'all';
      var intervals = m[3].split(',').map(function (i) { var p = i.trim().split('-'); return { from: p[0], to: p[1] }; });
      var parts = m[2].split(',');
      for (var p = 0; p < parts.length; p++) {
        var range = parts[p].split('-');
        var from = dayIndex(range[0]);
        var to = range.length > 1 ? dayIndex(range[1]) : from;
        if (to < from) { return null; }
        for (var d = from; d <= to; d++) {
          if (model.days[d].intervals.length > 0) { return null; }
          model.days[d] = { intervals: intervals.map(function (i) { return { from: i.from, to: i.to }; }), parity: parity };
        }
      }
    }
    return model;
  }

  function key(day) {
    return day.parity + '|' + day.intervals.map(function (i) { return i.from + '-' + i.to; }).join(',');
  }

  function validIntervals(day) {
    return day.intervals.filter(function (i) { return TIME.test(i.from) && TIME.test(i.to) && i.from < i.to; });
  }

  function serialize(model) {
    var rules = [];
    var days = model.days.map(function (d) { return { intervals: validIntervals(d), parity: d.parity }; });
    var i = 0;
    while (i < days.length) {
      if (days[i].intervals.length === 0) { i++; continue; }
      var j = i;
      while (j + 1 < days.length && days[j + 1].intervals.length > 0 && key(days[j + 1]) === key(days[i])) { j++; }
      var span = DAYS[i][0] + (j > i ? (j === i + 1 ? ',' : '-') + DAYS[j][0] : '');
      rules.push(PARITY[days[i].parity] + span + ' ' + days[i].intervals.map(function (x) { return x.from + '-' + x.to; }).join(','));
      i = j + 1;
    }
    model.closures.filter(function (c) { return /^\d{4}-\d{2}-\d{2}$/.test(c); }).sort().forEach(function (c) {
      var parts = c.split('-');
      rules.push(parts[0] + ' ' + MONTHS[parseInt(parts[1], 10) - 1] + ' ' + parseInt(parts[2], 10) + ' off');
    });
    if (model.holidaysOff) { rules.push('PH off'); }
    return rules.join('; ');
  }

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function init(input) {
    var container = document.getElementById(input.getAttribute('data-opening-hours-editor'));
    var preview = document.getElementById(input.getAttribute('data-preview'));
    var serverButton = document.querySelector('[data-server-preview]');
    var model = parse(input.value) || null;
    var status = el('p', { 'class': 'hint', role: 'status' });
    container.hidden = false;

    // The text last read or written: a 'change' event that brings nothing new (a blur) does not rebuild the editor.
    var lastValue = input.value;

    function changed() {
      input.value = lastValue = serialize(model);
      renderPreview();
    }

    function renderPreview() {
      if (!preview) { return; }
      preview.textContent = '';
      var table = el('table', { 'class': 'week' });
      table.appendChild(el('caption', {}, 'Aperçu de la semaine type'));
      var body = el('tbody');
      model.days.forEach(function (day, d) {
        var row = el('tr');
        row.appendChild(el('th', { scope: 'row' }, DAYS[d][1]));
        var intervals = validIntervals(day);
        var text = intervals.length === 0 ? 'Fermé' : intervals.map(function (x) { return x.from.replace(':', 'h') + ' – ' + x.to.replace(':', 'h'); }).join(', ');
        if (intervals.length > 0 && day.parity !== 'all') { text += day.parity === 'odd' ? ' (semaines impaires)' : ' (semaines paires)'; }
        row.appendChild(el('td', {}, text));
        body.appendChild(row);
      });
      table.appendChild(body);
      preview.appendChild(table);
      var closures = model.closures.filter(function (c) { return c; });
      if (closures.length > 0 || model.holidaysOff) {
        var notes = [];
        if (closures.length > 0) { notes.push('Fermetures exceptionnelles : ' + closures.map(function (c) { return c.split('-').reverse().join('/'); }).join(', ') + '.'); }
        if (model.holidaysOff) { notes.push('Fermé les jours fériés.'); }
        preview.appendChild(el('p', {}, notes.join(' ')));
      }
    }

    function render() {
      container.textContent = '';
      if (!model) {
        container.appendChild(el('p', { 'class': 'notice notice-warning' }, 'Ces horaires sont trop élaborés pour l\'éditeur : modifiez-les directement dans le champ texte ci-dessus.'));
        return;
      }
      container.appendChild(el('p', { 'class': 'hint' }, 'Ou bien remplissez les créneaux jour par jour : le champ texte ci-dessus se met à jour tout seul.'));
      model.days.forEach(function (day, d) {
        var fieldset = el('fieldset', { 'class': 'subgroup hours-day' });
        fieldset.appendChild(el('legend', {}, DAYS[d][1]));
        day.intervals.forEach(function (interval, n) {
          var row = el('div', { 'class': 'field-inline hours-interval' });
          [['from', 'Début'], ['to', 'Fin']].forEach(function (part) {
            var id = 'oh-' + d + '-' + n + '-' + part[0];
            row.appendChild(el('label', { 'for': id }, part[1] + ' du créneau ' + (n + 1) + ' (' + DAYS[d][1].toLowerCase() + ')'));
            var time = el('input', { type: 'time', id: id, value: interval[part[0]], 'data-oh-day': d, 'data-oh-interval': n, 'data-oh-part': part[0] });
            ['input', 'change'].forEach(function (type) { time.addEventListener(type, function () { interval[part[0]] = time.value; changed(); }); });
            row.appendChild(time);
          });
          var remove = el('button', { type: 'button', 'class': 'button button-secondary' }, 'Retirer ce créneau');
          remove.addEventListener('click', function () { day.intervals.splice(n, 1); changed(); render(); focusLater('oh-add-' + d); });
          row.appendChild(remove);
          fieldset.appendChild(row);
        });
        if (day.intervals.length === 0) { fieldset.appendChild(el('p', { 'class': 'hint' }, 'Fermé')); }
        var add = el('button', { type: 'button', 'class': 'button button-secondary', id: 'oh-add-' + d }, 'Ajouter un créneau le ' + DAYS[d][1].toLowerCase());
        add.addEventListener('click', function () {
          var last = day.intervals[day.intervals.length - 1];
          day.intervals.push(last ? { from: '14:00', to: '17:00' } : { from: '09:00', to: '12:00' });
          changed(); render(); focusLater('oh-' + d + '-' + (day.intervals.length - 1) + '-from');
        });
        fieldset.appendChild(add);
        var parityId = 'oh-parity-' + d;
        var parityRow = el('div', { 'class': 'field-inline' });
        parityRow.appendChild(el('label', { 'for': parityId }, 'Semaines (' + DAYS[d][1].toLowerCase() + ')'));
        var select = el('select', { id: parityId });
        [['all', 'Toutes les semaines'], ['odd', 'Semaines impaires'], ['even', 'Semaines paires']].forEach(function (o) {
          var option = el('option', { value: o[0] }, o[1]);
          if (day.parity === o[0]) { option.selected = true; }
          select.appendChild(option);
        });
        select.addEventListener('change', function () { day.parity = select.value; changed(); });
        parityRow.appendChild(select);
        fieldset.appendChild(parityRow);
        container.appendChild(fieldset);
      });

      var closures = el('fieldset', { 'class': 'subgroup hours-closures' });
      closures.appendChild(el('legend', {}, 'Fermetures exceptionnelles'));
      model.closures.forEach(function (date, n) {
        var row = el('div', { 'class': 'field-inline' });
        var id = 'oh-closure-' + n;
        row.appendChild(el('label', { 'for': id }, 'Date de fermeture ' + (n + 1)));
        var input = el('input', { type: 'date', id: id, value: date });
        ['input', 'change'].forEach(function (type) { input.addEventListener(type, function () { model.closures[n] = input.value; changed(); }); });
        row.appendChild(input);
        var remove = el('button', { type: 'button', 'class': 'button button-secondary' }, 'Retirer cette date');
        remove.addEventListener('click', function () { model.closures.splice(n, 1); changed(); render(); focusLater('oh-add-closure'); });
        row.appendChild(remove);
        closures.appendChild(row);
      });
      var addClosure = el('button', { type: 'button', 'class': 'button button-secondary', id: 'oh-add-closure' }, 'Ajouter une fermeture exceptionnelle');
      addClosure.addEventListener('click', function () {
        model.closures.push('');
        render(); focusLater('oh-closure-' + (model.closures.length - 1));
      });
      closures.appendChild(addClosure);
      var holidays = el('div', { 'class': 'checkbox' });
      var holidaysBox = el('input', { type: 'checkbox', id: 'oh-holidays' });
      holidaysBox.checked = model.holidaysOff;
      holidaysBox.addEventListener('change', function () { model.holidaysOff = holidaysBox.checked; changed(); });
      holidays.appendChild(holidaysBox);
      holidays.appendChild(el('label', { 'for': 'oh-holidays' }, 'Fermé les jours fériés'));
      closures.appendChild(holidays);
      container.appendChild(closures);
      container.appendChild(status);
    }

    function focusLater(id) {
      var target = document.getElementById(id);
      if (target) { target.focus(); }
    }

    // Typing in the text field rebuilds the editor from it.
    input.addEventListener('change', function () {
      if (input.value === lastValue) { return; }
      lastValue = input.value;
      model = input.value.trim() === '' ? emptyModel() : parse(input.value);
      render();
      if (model) { renderPreview(); }
    });
    if (serverButton) { serverButton.hidden = true; }
    if (!model && input.value.trim() === '') { model = emptyModel(); }
    render();
    if (model) { renderPreview(); }
  }

  function start() {
    var inputs = document.querySelectorAll('[data-opening-hours-editor]');
    for (var i = 0; i < inputs.length; i++) { init(inputs[i]); }
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
