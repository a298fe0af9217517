// presslight page: the correction menu. Opened from a highlight (a click, or Enter / Space / the
// context-menu key on a focused highlight; the arrow keys move between highlights) to change or
// remove what the machine found, or from a selection of text (in the article or in the text box,
// with the "Mark selected text" button) to add what it missed. Each change made here is one
// correction (js/corrections.js), one step of undo.
'use strict';
(function () {
  var PL = self.Presslight;
  var els = PL.els;
  var state = PL.state;
  var el = PL.el;
  var C = PL.corrections;
  var NEW = '\u0000new'; // option values that no entity name can take
  var KEEP = '\u0000keep';

  var menu = { returnFocus: null, seq: 0 };

  PL.closeMenu = function (silent) {
    if (els.menu.hidden) return;
    var back = menu.returnFocus;
    els.menu.hidden = true;
    els.menuBody.replaceChildren();
    menu.returnFocus = null;
    if (!silent && back && document.contains(back)) back.focus({ preventScroll: true });
  };

  function field(label, control, help) {
    var id = 'cm-' + (++menu.seq);
    control.id = id;
    control.dataset.field = label.toLowerCase().replace(/\s+/g, '-');
    var wrap = el('div', 'field');
    var l = el('label', null, label);
    l.htmlFor = id;
    wrap.appendChild(l);
    wrap.appendChild(control);
    if (help) {
      var h = el('span', 'help', help);
      h.id = id + '-help';
      control.setAttribute('aria-describedby', h.id);
      wrap.appendChild(h);
    }
    return wrap;
  }

  function select(options, value) {
    var s = el('select');
    options.forEach(function (o) {
      if (o.group) {
        var g = el('optgroup');
        g.label = o.group;
        o.options.forEach(function (p) { g.appendChild(option(p)); });
        s.appendChild(g);
      } else s.appendChild(option(o));
    });
    s.value = value;
    return s;
    function option(o) {
      var opt = el('option', null, o.label);
      opt.value = o.value;
      return opt;
    }
  }

  function button(label, onClick, className) {
    var b = el('button', className || null, label);
    b.type = 'button';
    if (onClick) b.addEventListener('click', onClick);
    return b;
  }

  function entityNames(kind) {
    var seen = new Map();
    (state.result ? state.result.entities : []).forEach(function (e) {
      if (!kind || e.kind === kind) seen.set(e.entity, (seen.get(e.entity) || 0) + 1);
    });
    return Array.from(seen.keys()).sort(function (a, b) { return a.localeCompare(b); });
  }

  // A value as typed: empty is none, "12" or "1,200" a number, "10-20" / "10–20" / "10..20" a
  // range, anything else (an ISO date, time or duration) as written.
  function parseValue(s) {
    s = s.trim();
    if (!s) return null;
    var n = /^[-+]?[\d,]*\.?\d+(e[-+]?\d+)?$/i;
    if (n.test(s)) return Number(s.replace(/,/g, ''));
    var range = /^([-+]?[\d,]*\.?\d+)\s*(?:-|–|\.\.|to)\s*([-+]?[\d,]*\.?\d+)$/.exec(s);
    if (range) return [Number(range[1].replace(/,/g, '')), Number(range[2].replace(/,/g, ''))];
    return s;
  }

  function valueText(v) {
    if (v === null || v === undefined) return '';
    if (Array.isArray(v)) return v[0] + '–' + v[1];
    return String(v);
  }

  function guessValue(text) {
    var m = /[-+]?\d[\d,]*(\.\d+)?/.exec(text);
    return m ? Number(m[0].replace(/,/g, '')) : null;
  }

  // Shows the menu by `rect` (a highlight's or a selection's box) with a title and a form; the
  // focus goes into it, except after a selection made with the mouse (which may be meant for
  // copying: the selection stays, and the menu waits for a click or Escape).
  function show(title, form, rect, returnFocus, keepFocus) {
    menu.returnFocus = returnFocus || null;
    els.menuTitle.textContent = title;
    els.menuBody.replaceChildren(form);
    els.menu.hidden = false;
    var width = els.menu.offsetWidth;
    var left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
    els.menu.style.left = (left + window.scrollX) + 'px';
    els.menu.style.top = (rect.bottom + window.scrollY + 6) + 'px';
    var first = form.querySelector('select, input, button');
    if (first && !keepFocus) first.focus({ preventScroll: true });
    els.menu.scrollIntoView({ block: 'nearest', behavior: 'auto' });
  }

  function form(onSubmit) {
    var f = el('form');
    f.noValidate = true;
    f.addEventListener('submit', function (event) { event.preventDefault(); onSubmit(); });
    return f;
  }

  function actions(applyLabel, extra) {
    var row = el('div', 'menu-actions');
    var apply = el('button', 'primary', applyLabel);
    apply.type = 'submit';
    row.appendChild(apply);
    (extra || []).forEach(function (b) { row.appendChild(b); });
    row.appendChild(button('Cancel', function () { PL.closeMenu(); }));
    return row;
  }

  function quoteText(s) { return '“' + PL.truncate(s.replace(/\s+/g, ' '), 60) + '”'; }

  // ---- correcting a highlight -----------------------------------------------------------------

  PL.openMenuFor = function (mark) {
    var info = mark && mark.presslightItem;
    if (!info || !state.result) return;
    PL.closeMenu(true);
    els.tooltip.hidden = true;
    var item = info.item;
    var at = C.anchor(state.text, item.start, item.end);
    var remove = button('Remove this highlight', function () { C.add({ op: 'remove', type: info.type, at: at }); }, 'danger');
    var f;
    var title;
    if (info.type === 'entity') {
      var mentions = state.result.entities.filter(function (e) { return e.entity === item.entity; }).length;
      title = 'Correct ' + item.kind + ' ' + quoteText(item.text);
      var kind = select(PL.ENTITY_KINDS.map(function (k) { return { value: k, label: k }; }), item.kind);
      var names = entityNames(null).map(function (n) { return { value: n, label: n }; });
      if (item.text !== item.entity && names.every(function (n) { return n.value !== item.text; })) {
        names.unshift({ value: NEW, label: 'a new entity: ' + item.text });
      }
      var entity = select(names, item.entity);
      var all = el('input');
      all.type = 'checkbox';
      var allLabel = el('label', 'check');
      allLabel.appendChild(all);
      allLabel.appendChild(document.createTextNode(' with all ' + mentions + ' mentions of ' + item.entity));
      allLabel.hidden = mentions < 2;
      f = form(function () {
        var c = { op: 'edit', type: 'entity', at: at };
        var name = entity.value === NEW ? item.text : entity.value;
        if (name !== item.entity) { c.entity = name; if (all.checked && mentions > 1) c.all = true; }
        if (kind.value !== item.kind) c.kind = kind.value;
        if (c.entity === undefined && c.kind === undefined) { PL.closeMenu(); PL.setStatus('Nothing changed.'); return; }
        C.add(c);
      });
      f.appendChild(field('Kind', kind, mentions > 1 ? 'for all ' + mentions + ' mentions of ' + item.entity : null));
      f.appendChild(field('Belongs to', entity, 'merge into another entity, or split this mention off'));
      f.appendChild(allLabel);
      var showAll = button('Show all mentions', function () { PL.closeMenu(true); PL.selectEntity(item.entity); });
      f.appendChild(actions('Apply', [remove, showAll]));
    } else if (info.type === 'quote') {
      title = 'Correct quotation ' + quoteText(item.text);
      var qkind = select([{ value: 'speech', label: 'speech (someone’s words)' }, { value: 'term', label: 'term (scare quotes, a title)' }], item.kind);
      var people = entityNames('person');
      var current = item.speaker ? (item.speaker.entity || null) : null;
      var options = [{ value: '', label: 'none' }];
      if (item.speaker && (!current || people.indexOf(current) < 0)) {
        options.push({ value: KEEP, label: 'as found: ' + (item.speaker.entity || item.speaker.text) });
      }
      people.forEach(function (p) { options.push({ value: p, label: p }); });
      var speaker = select(options, item.speaker ? (current && people.indexOf(current) >= 0 ? current : KEEP) : '');
      f = form(function () {
        var c = { op: 'edit', type: 'quote', at: at };
        if (qkind.value !== item.kind) c.kind = qkind.value;
        var was = item.speaker ? (current && people.indexOf(current) >= 0 ? current : KEEP) : '';
        if (speaker.value !== was && speaker.value !== KEEP) c.speaker = speaker.value || null;
        if (c.kind === undefined && c.speaker === undefined) { PL.closeMenu(); PL.setStatus('Nothing changed.'); return; }
        C.add(c);
      });
      f.appendChild(field('Kind', qkind));
      f.appendChild(field('Speaker', speaker, 'the people of this article'));
      f.appendChild(actions('Apply', [remove]));
    } else {
      title = 'Correct figure ' + quoteText(item.text);
      var fkind = select(PL.FIGURE_KINDS.map(function (k) { return { value: k, label: k }; }), item.kind);
      var value = el('input');
      value.type = 'text';
      value.value = valueText(item.value);
      value.autocomplete = 'off';
      var unit = el('input');
      unit.type = 'text';
      unit.value = item.unit || '';
      unit.autocomplete = 'off';
      f = form(function () {
        var c = { op: 'edit', type: 'figure', at: at };
        if (fkind.value !== item.kind) c.kind = fkind.value;
        var v = parseValue(value.value);
        if (JSON.stringify(v) !== JSON.stringify(item.value === undefined ? null : item.value)) c.value = v;
        var u = unit.value.trim() || null;
        if (u !== (item.unit || null)) c.unit = u;
        if (c.kind === undefined && c.value === undefined && c.unit === undefined) { PL.closeMenu(); PL.setStatus('Nothing changed.'); return; }
        C.add(c);
      });
      f.appendChild(field('Kind', fkind));
      f.appendChild(field('Value', value, 'a number, a range (10–20), an ISO date, or empty'));
      f.appendChild(field('Unit', unit, 'a currency code or a unit; may be empty'));
      f.appendChild(actions('Apply', [remove]));
    }
    show(title, f, mark.getBoundingClientRect(), mark);
  };

  // ---- adding what was missed -------------------------------------------------------------------

  // Opens the menu to mark [start, end) of the shown article.
  PL.openAddMenu = function (start, end, rect, returnFocus, keepFocus) {
    var text = state.text;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (start > 0 && PL.isLow(text.charCodeAt(start)) && PL.isHigh(text.charCodeAt(start - 1))) start--;
    if (end < text.length && PL.isLow(text.charCodeAt(end)) && PL.isHigh(text.charCodeAt(end - 1))) end++;
    if (start >= end || !state.result) return false;
    PL.closeMenu(true);
    els.tooltip.hidden = true;
    var at = C.anchor(text, start, end);
    var words = at.text;
    var kind = select([
      { group: 'Names', options: PL.ENTITY_KINDS.map(function (k) { return { value: k, label: k }; }) },
      { group: 'Quotations', options: [{ value: 'speech', label: 'quote (someone’s words)' }, { value: 'term', label: 'term (scare quotes, a title)' }] },
      { group: 'Figures', options: PL.FIGURE_KINDS.map(function (k) { return { value: k, label: k }; }) }
    ], /^[-+$€£¥]?\d/.test(words) ? 'number' : /^["“‘']/.test(words) ? 'speech' : 'person');
    var entity = select([{ value: NEW, label: 'a new entity: ' + PL.truncate(words, 40) }].concat(entityNames(null).map(function (n) { return { value: n, label: n }; })), NEW);
    var speaker = select([{ value: '', label: 'none' }].concat(entityNames('person').map(function (p) { return { value: p, label: p }; })), '');
    var value = el('input');
    value.type = 'text';
    value.autocomplete = 'off';
    var g = guessValue(words);
    value.value = g === null ? '' : String(g);
    var unit = el('input');
    unit.type = 'text';
    unit.autocomplete = 'off';
    var entityField = field('Belongs to', entity);
    var speakerField = field('Speaker', speaker, 'the people of this article');
    var valueField = field('Value', value, 'a number, a range (10–20), an ISO date, or empty');
    var unitField = field('Unit', unit, 'a currency code or a unit; may be empty');
    function sync() {
      var k = kind.value;
      entityField.hidden = PL.ENTITY_KINDS.indexOf(k) < 0;
      speakerField.hidden = k !== 'speech';
      valueField.hidden = unitField.hidden = PL.FIGURE_KINDS.indexOf(k) < 0;
    }
    kind.addEventListener('change', sync);
    var f = form(function () {
      var k = kind.value;
      var c;
      if (PL.ENTITY_KINDS.indexOf(k) >= 0) {
        c = { op: 'add', type: 'entity', at: at, kind: k };
        if (entity.value !== NEW) c.entity = entity.value;
      } else if (k === 'speech' || k === 'term') {
        c = { op: 'add', type: 'quote', at: at, kind: k };
        if (k === 'speech' && speaker.value) c.speaker = speaker.value;
      } else {
        c = { op: 'add', type: 'figure', at: at, kind: k, value: parseValue(value.value), unit: unit.value.trim() || null };
      }
      var selection = window.getSelection();
      if (selection) selection.removeAllRanges();
      C.add(c);
    });
    f.appendChild(field('Mark as', kind));
    f.appendChild(entityField);
    f.appendChild(speakerField);
    f.appendChild(valueField);
    f.appendChild(unitField);
    f.appendChild(actions('Add'));
    sync();
    show('Mark ' + quoteText(words), f, rect, returnFocus, keepFocus);
    return true;
  };

  // The shown article's offsets of the selection in it, or null.
  function articleSelection() {
    var s = window.getSelection();
    if (!s || s.isCollapsed || !s.rangeCount) return null;
    var range = s.getRangeAt(0);
    if (!els.highlighted.contains(range.commonAncestorContainer)) return null;
    var before = document.createRange();
    before.setStart(els.highlighted, 0);
    before.setEnd(range.startContainer, range.startOffset);
    var start = before.toString().length;
    return { start: start, end: start + range.toString().length, rect: range.getBoundingClientRect() };
  }

  // "Mark selected text": the selection in the article, else the one in the text box (when it
  // holds the shown article).
  function addFromSelection() {
    var sel = articleSelection();
    var rect = els.addSelection.getBoundingClientRect();
    if (sel && PL.openAddMenu(sel.start, sel.end, sel.rect.width ? sel.rect : rect, els.addSelection)) return;
    var a = els.article;
    if (state.result && a.value === state.text && a.selectionEnd > a.selectionStart &&
        PL.openAddMenu(a.selectionStart, a.selectionEnd, rect, els.addSelection)) return;
    PL.setStatus('Select some words in the highlighted article (or in the text box) first, then mark them.');
  }

  // ---- moving between highlights --------------------------------------------------------------

  function visibleMarks() {
    var body = document.body.classList;
    return Array.from(els.highlighted.querySelectorAll('.hl')).filter(function (m) { return !body.contains('hide-' + m.dataset.kind); });
  }

  function onArticleKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var t = event.target;
    if (t === els.highlighted) {
      if (event.key === 'Enter') {
        var first = visibleMarks()[0];
        if (first) { first.focus(); event.preventDefault(); }
      }
      return;
    }
    var mark = t.closest && t.closest('.hl');
    if (!mark || mark !== t) return;
    var key = event.key;
    if (key === 'Enter' || key === ' ' || key === 'ContextMenu' || (key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      PL.openMenuFor(mark);
    } else if (key === 'ArrowRight' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowUp' || key === 'Home' || key === 'End') {
      var marks = visibleMarks();
      var i = marks.indexOf(mark);
      var next = key === 'Home' ? 0 : key === 'End' ? marks.length - 1 : (key === 'ArrowRight' || key === 'ArrowDown') ? i + 1 : i - 1;
      if (next >= 0 && next < marks.length) {
        event.preventDefault();
        marks[next].focus({ preventScroll: true });
        marks[next].scrollIntoView({ block: 'nearest' });
      }
    }
  }

  PL.initMenu = function () {
    els.highlighted.addEventListener('keydown', onArticleKey);
    els.highlighted.addEventListener('mouseup', function (event) {
      if (event.button !== 0) return;
      setTimeout(function () {
        var sel = articleSelection();
        if (sel) { PL.openAddMenu(sel.start, sel.end, sel.rect, null, true); return; }
        var mark = PL.hlFrom(event);
        if (mark) PL.openMenuFor(mark);
      }, 0);
    });
    els.addSelection.addEventListener('click', addFromSelection);
    els.menu.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') { event.preventDefault(); event.stopPropagation(); PL.closeMenu(); }
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !els.menu.hidden && !els.menu.contains(event.target)) { PL.closeMenu(true); event.preventDefault(); }
    });
    document.addEventListener('mousedown', function (event) {
      if (!els.menu.hidden && !els.menu.contains(event.target)) PL.closeMenu(true);
    });
    els.menu.addEventListener('focusout', function (event) {
      var to = event.relatedTarget;
      if (to && !els.menu.contains(to)) PL.closeMenu(true);
    });
    window.addEventListener('resize', function () { PL.closeMenu(true); });
  };
})();
