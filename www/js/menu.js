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
  var TYPED = '\u0000typed';
  var KEEP = '\u0000keep';

  var menu = { returnFocus: null, seq: 0 };

  PL.closeMenu = function (silent) {
    if (els.menu.hidden) return;
    var back = menu.returnFocus;
    els.menu.hidden = true;
    els.menuBody.replaceChildren();
    menu.returnFocus = null;
    menu.anchor = menu.fallback = null;
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

  // Says, in the menu, what is wrong with what was typed in `control`; the focus goes there.
  function fieldError(control, message) {
    var wrap = control.parentNode;
    var old = wrap.querySelector('.error');
    if (old) old.remove();
    var help = control.getAttribute('aria-describedby') || '';
    help = help.replace(/\s*\S+-error\b/, '').trim();
    if (message) {
      var p = el('p', 'error', message);
      p.id = control.id + '-error';
      p.setAttribute('role', 'alert');
      wrap.appendChild(p);
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', (help + ' ' + p.id).trim());
      control.focus();
    } else {
      control.removeAttribute('aria-invalid');
      if (help) control.setAttribute('aria-describedby', help); else control.removeAttribute('aria-describedby');
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

  // A "Belongs to" choice with, last, "a name you type…", which shows a text field for it:
  // {select, name, fields, value()} where value() is the chosen name, NEW, or {error}.
  function belongsTo(options, value) {
    var entity = select(options.concat([{ value: TYPED, label: 'a name you type…' }]), value);
    var name = el('input');
    name.type = 'text';
    name.autocomplete = 'off';
    var nameField = field('Name', name, 'the entity’s full name, e.g. “Ngozi Okonjo-Iweala”');
    var sync = function () { nameField.hidden = entity.value !== TYPED; };
    entity.addEventListener('change', function () { sync(); if (!nameField.hidden) name.focus(); });
    sync();
    return {
      select: entity, nameField: nameField,
      value: function () {
        if (entity.value !== TYPED) return entity.value;
        var typed = name.value.replace(/\s+/g, ' ').trim();
        if (!typed) { fieldError(name, 'Type the name of the entity it belongs to.'); return null; }
        fieldError(name, null);
        // A name the article already has, told apart only by case or spacing, is that entity.
        var same = entityNames().find(function (n) { return n.toLowerCase() === typed.toLowerCase(); });
        return same || typed;
      }
    };
  }

  // Who may be credited with a quote: the article's people and organizations (as the machine
  // credits them), as options grouped by kind.
  function speakerNames() { return entityNames('person').concat(entityNames('organization')); }
  function speakerOptions() {
    var out = [];
    [['person', 'People'], ['organization', 'Organizations']].forEach(function (k) {
      var names = entityNames(k[0]);
      if (names.length) out.push({ group: k[1], options: names.map(function (n) { return { value: n, label: n }; }) });
    });
    return out;
  }

  // A value as typed, read according to the figure's kind: {value} or {error}. Dates, times and
  // durations are ISO 8601 strings (checked: "2016", "2016-03", "2016-03-14", "2016-W11",
  // "2016-03-14T09:30", "T09:30", "P3D", "PT2H"); the other kinds numbers or [low, high] ranges,
  // read as written in articles ("1,200", "4.5%", "$3.6m", "3.6 million", "10-20", "10 to 20").
  // Empty is none (a vague figure).
  var MULTIPLIERS = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, t: 1e12, tn: 1e12, trillion: 1e12 };
  var NUMBER = '[-+−]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)?(?:\\.\\d+)?';
  var ONE_NUMBER = new RegExp('^(' + NUMBER + ')\\s*(k|thousand|mn|mln|million|m|bn|billion|b|tn|trillion|t)?$', 'i');

  // Currency signs a reader may type before an amount, with their ISO 4217 codes.
  var CURRENCY_SIGNS = { 'US$': 'USD', 'A$': 'AUD', 'C$': 'CAD', '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₦': 'NGN', '₹': 'INR' };

  function readNumber(s, kind) {
    s = s.replace(/^[$€£¥₦₹]|^(?:US\$|A\$|C\$)/i, '').replace(/(?:%|\s*per\s?cent|\s*percent)$/i, '').trim();
    var m = ONE_NUMBER.exec(s);
    if (!m || !/\d/.test(m[1])) return null;
    var n = Number(m[1].replace(/,/g, '').replace('−', '-'));
    if (m[2] && m[2].length === 1 && !/^k$/i.test(m[2]) && kind !== 'money') return null; // "5 m" may be metres
    if (m[2]) n = Number((n * MULTIPLIERS[m[2].toLowerCase()]).toPrecision(12));
    return isFinite(n) ? n : null;
  }

  function validDate(y, mo, d) {
    var t = new Date(Date.UTC(2000, mo - 1, d));
    t.setUTCFullYear(y);
    return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
  }
  PL.validDate = validDate;

  // ISO 8601 as TimeML writes it (the engine's forms): a year may have X for what is unknown
  // ("201X", "XXXX-12-25"), and parts of days, seasons, quarters and halves have their codes.
  function isoDate(s) {
    if (/^(PRESENT|PAST|FUTURE)_REF$/.test(s)) return true;
    var m = /^([\dX]{4})(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$/.exec(s);
    if (m) {
      if (m[2] && m[2] !== 'XX' && (+m[2] < 1 || +m[2] > 12)) return false;
      if (m[3] && m[3] !== 'XX') return /^\d{4}$/.test(m[1]) && m[2] !== 'XX' ? validDate(+m[1], +m[2], +m[3]) : +m[3] >= 1 && +m[3] <= 31;
      return true;
    }
    m = /^[\dX]{4}-W(\d{2})(?:-[1-7]|-WE)?$/.exec(s);
    if (m) return +m[1] >= 1 && +m[1] <= 53;
    return /^[\dX]{4}-(Q[1-4]|H[12]|SU|WI|SP|FA)$/.test(s);
  }

  function isoTime(s) {
    if (/^(MO|AF|EV|NI|DT)$/.test(s)) return true;
    var m = /^(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(s);
    return !!m && +m[1] <= 24 && +m[2] <= 59 && (!m[3] || +m[3] < 61);
  }

  function isoDuration(s) {
    return /^P(?!$)((\d+(\.\d+)?|X)Y)?((\d+(\.\d+)?|X)M)?((\d+(\.\d+)?|X)W)?((\d+(\.\d+)?|X)D)?(T(?=[\dX])((\d+(\.\d+)?|X)H)?((\d+(\.\d+)?|X)M)?((\d+(\.\d+)?|X)S)?)?$/.test(s) && !/T$/.test(s);
  }

  function dateTime(s) {
    var k = s.indexOf('T');
    return k > 0 && isoDate(s.slice(0, k)) && isoTime(s.slice(k + 1));
  }

  // One ISO 8601 value of `kind`, or an interval "a/b" of two.
  function isoValue(s, kind) {
    var parts = s.split('/');
    if (parts.length === 2) return isoValue(parts[0], kind) && isoValue(parts[1], kind);
    if (parts.length > 2) return false;
    if (kind === 'duration') return isoDuration(s);
    if (kind === 'date') return isoDate(s) || dateTime(s);
    return (s.charAt(0) === 'T' && isoTime(s.slice(1))) || dateTime(s);
  }

  function parseValue(s, kind) {
    s = s.trim();
    if (!s) return { value: null };
    if (kind === 'date' || kind === 'time' || kind === 'duration') {
      var up = s.toUpperCase();
      if (kind === 'time' && /^\d{2}:\d{2}/.test(up)) up = 'T' + up; // "09:30" is T09:30
      if (isoValue(up, kind)) return { value: up };
      return { error: kind === 'date' ? 'A date is written as in ISO 8601: 2016, 2016-03 or 2016-03-14.'
        : kind === 'time' ? 'A time is written as in ISO 8601: T09:30, or 2016-03-14T09:30.'
          : 'A duration is written as in ISO 8601: P3D (3 days), P2Y (2 years), PT4H (4 hours).' };
    }
    // A currency written with the amount is the unit of money ("€3.6m" is 3,600,000 EUR) and no
    // part of any other kind's value; a percent sign only of a percent.
    var sign = /^(US\$|A\$|C\$|\$|€|£|¥|₦|₹)/i.exec(s);
    var currency = sign ? CURRENCY_SIGNS[sign[1].toUpperCase()] : null;
    if (currency && kind !== 'money') {
      return { error: 'A ' + kind + ' figure’s value has no currency; make it a money figure, or write the number alone.' };
    }
    if (/%|per\s?cent$/i.test(s) && kind !== 'percent') {
      return { error: 'A ' + kind + ' figure’s value has no percent sign; make it a percent figure, or write the number alone.' };
    }
    var one = readNumber(s, kind);
    if (one !== null) return currency ? { value: one, unit: currency } : { value: one };
    var range = /^(.+?)\s*(?:-|–|—|\.\.|to)\s*(.+)$/.exec(s);
    if (range) {
      var low = readNumber(range[1], kind);
      var high = readNumber(range[2], kind);
      // "3-5 million": the multiplier of the second number goes for both.
      var mult = /(k|thousand|mn|mln|million|m|bn|billion|b|tn|trillion|t)$/i.exec(range[2].trim());
      if (low !== null && high !== null && mult && !/[a-z]$/i.test(range[1].trim())) {
        low = readNumber(range[1].trim() + ' ' + mult[1], kind);
      }
      if (low !== null && high !== null && low <= high) return currency ? { value: [low, high], unit: currency } : { value: [low, high] };
    }
    var examples = kind === 'money' ? '1,200, $3.6m, €3.6 million'
      : kind === 'percent' ? '4.5, 4.5%, 12 percent' : '1,200, 3.6 million, 1.2k';
    return { error: 'A ' + kind + ' figure’s value is a number (' + examples + ') or a range (10–20)' + (kind === 'quantity' || kind === 'money' ? '; its unit goes in Unit.' : '.') };
  }

  PL.parseFigureValue = parseValue;

  function valueText(v) {
    if (v === null || v === undefined) return '';
    if (Array.isArray(v)) return v[0] + '–' + v[1];
    return String(v);
  }

  function guessValue(text) {
    var m = /[-+]?\d[\d,]*(\.\d+)?/.exec(text);
    return m ? Number(m[0].replace(/,/g, '')) : null;
  }

  // Shows the menu by `anchor` (a highlight, or a function giving a selection's box) with a title
  // and a form; the focus goes into it, except after a selection made with the mouse (which may
  // be meant for copying: the selection stays, and the menu waits for a click or Escape).
  // `fallback` (an element, e.g. the button that opened it) places it when the anchor is not on
  // screen.
  function show(title, form, anchor, returnFocus, keepFocus, fallback) {
    menu.returnFocus = returnFocus || null;
    menu.anchor = anchor;
    menu.fallback = fallback || null;
    els.menuTitle.textContent = title;
    els.menuBody.replaceChildren(form);
    els.menu.hidden = false;
    place(true);
    var first = form.querySelector('select, input, button');
    if (first && !keepFocus) first.focus({ preventScroll: true });
  }

  // The box of what the menu belongs to, on screen: a highlight is first scrolled into the
  // article's view (a highlight cut off by the article's scroll area would put the menu away
  // from it); a box outside the window gives way to the fallback's.
  function anchorRect(scroll) {
    var a = menu.anchor;
    var rect = null;
    if (a && a.nodeType === 1) {
      if (!document.contains(a)) return null;
      if (scroll) {
        var box = els.highlighted.getBoundingClientRect();
        var r = a.getBoundingClientRect();
        if (r.top < box.top || r.bottom > box.bottom) a.scrollIntoView({ block: 'nearest' });
      }
      rect = a.getBoundingClientRect();
      var view = els.highlighted.contains(a) ? els.highlighted.getBoundingClientRect() : null;
      if (view && (rect.bottom < view.top || rect.top > view.bottom)) rect = null;
    } else if (typeof a === 'function') {
      rect = a();
    }
    if (rect && (rect.bottom < 0 || rect.top > window.innerHeight || (!rect.width && !rect.height))) rect = null;
    if (!rect && menu.fallback && document.contains(menu.fallback)) rect = menu.fallback.getBoundingClientRect();
    return rect;
  }

  // Puts the menu under its anchor, or above it when there is no room below, always within the
  // page and the window's width; `scroll`: brings it into view.
  function place(scroll) {
    var rect = anchorRect(scroll);
    var width = els.menu.offsetWidth;
    var height = els.menu.offsetHeight;
    var vw = document.documentElement.clientWidth;
    var vh = window.innerHeight;
    if (!rect) rect = { left: 8, top: 8, bottom: 8, width: 0, height: 0 };
    var left = Math.max(8, Math.min(rect.left, vw - width - 8));
    var top = rect.bottom + 6;
    if (top + height > vh - 4 && rect.top - 6 - height >= 4) top = rect.top - 6 - height; // above
    els.menu.style.left = (left + window.scrollX) + 'px';
    els.menu.style.top = Math.max(0, top + window.scrollY) + 'px';
    if (scroll) els.menu.scrollIntoView({ block: 'nearest', behavior: 'auto' });
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

  function quoteText(s) { return PL.quoted(s, 60); }

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
      var belongs = belongsTo(names, item.entity);
      var entity = belongs.select;
      var all = el('input');
      all.type = 'checkbox';
      var allLabel = el('label', 'check');
      allLabel.appendChild(all);
      allLabel.appendChild(document.createTextNode(' with all ' + mentions + ' mentions of ' + item.entity));
      allLabel.hidden = mentions < 2;
      f = form(function () {
        var c = { op: 'edit', type: 'entity', at: at };
        var chosen = belongs.value();
        if (chosen === null) return;
        var name = chosen === NEW ? item.text : chosen;
        if (name !== item.entity) { c.entity = name; if (all.checked && mentions > 1) c.all = true; }
        if (kind.value !== item.kind) c.kind = kind.value;
        if (c.entity === undefined && c.kind === undefined) { PL.closeMenu(); PL.setStatus('Nothing changed.'); return; }
        C.add(c);
      });
      f.appendChild(field('Kind', kind, mentions > 1 ? 'for all ' + mentions + ' mentions of ' + item.entity : null));
      f.appendChild(field('Belongs to', entity, 'merge into another entity, split this mention off, or name it'));
      f.appendChild(belongs.nameField);
      f.appendChild(allLabel);
      var showAll = button('Show all mentions', function () { PL.closeMenu(true); PL.selectEntity(item.entity); });
      f.appendChild(actions('Apply', [remove, showAll]));
    } else if (info.type === 'quote') {
      title = 'Correct quotation ' + quoteText(item.text);
      var qkind = select([{ value: 'speech', label: 'speech (someone’s words)' }, { value: 'term', label: 'term (scare quotes, a title)' }], item.kind);
      var people = speakerNames();
      var current = item.speaker ? (item.speaker.entity || null) : null;
      var options = [{ value: '', label: 'none' }];
      if (item.speaker && (!current || people.indexOf(current) < 0)) {
        options.push({ value: KEEP, label: 'as found: ' + (item.speaker.entity || item.speaker.text) });
      }
      var speaker = select(options.concat(speakerOptions()), item.speaker ? (current && people.indexOf(current) >= 0 ? current : KEEP) : '');
      f = form(function () {
        var c = { op: 'edit', type: 'quote', at: at };
        if (qkind.value !== item.kind) c.kind = qkind.value;
        var was = item.speaker ? (current && people.indexOf(current) >= 0 ? current : KEEP) : '';
        if (qkind.value === 'term') { if (item.speaker) c.speaker = null; }
        else if (speaker.value !== was && speaker.value !== KEEP) c.speaker = speaker.value || null;
        if (c.kind === undefined && c.speaker === undefined) { PL.closeMenu(); PL.setStatus('Nothing changed.'); return; }
        C.add(c);
      });
      f.appendChild(field('Kind', qkind));
      var speakerField = field('Speaker', speaker, 'the people and organizations of this article');
      f.appendChild(speakerField);
      // A term (scare quotes, a title) has no speaker.
      var syncSpeaker = function () { speakerField.hidden = qkind.value === 'term'; };
      qkind.addEventListener('change', syncSpeaker);
      syncSpeaker();
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
        var parsed = parseValue(value.value, fkind.value);
        if (parsed.error) { fieldError(value, parsed.error); return; }
        var v = parsed.value;
        if (JSON.stringify(v) !== JSON.stringify(item.value === undefined ? null : item.value)) c.value = v;
        if (parsed.unit) unit.value = parsed.unit;
        var u = unit.value.trim() || null;
        if (u !== (item.unit || null)) c.unit = u;
        if (c.kind === undefined && c.value === undefined && c.unit === undefined) { PL.closeMenu(); PL.setStatus('Nothing changed.'); return; }
        C.add(c);
      });
      f.appendChild(field('Kind', fkind));
      f.appendChild(field('Value', value, 'a number, a range (10–20); for dates, times and durations ISO 8601 (2016-03-14, T09:30, P3D); or empty'));
      f.appendChild(field('Unit', unit, 'a currency code or a unit; may be empty'));
      f.appendChild(actions('Apply', [remove]));
    }
    show(title, f, mark, mark);
  };

  // ---- adding what was missed -------------------------------------------------------------------

  // [start, end) widened to whole user-perceived characters (an emoji such as 👩🏾‍💼 is one,
  // however many code points make it), where the browser can tell them (Intl.Segmenter).
  function graphemes(text, start, end) {
    if (typeof Intl === 'undefined' || !Intl.Segmenter) return [start, end];
    var lo = Math.max(0, start - 64);
    var hi = Math.min(text.length, end + 64);
    var s = start;
    var e = end;
    var segments = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text.slice(lo, hi));
    for (var it = segments[Symbol.iterator](), step = it.next(); !step.done; step = it.next()) {
      var a = lo + step.value.index;
      var b = a + step.value.segment.length;
      if (a < start && start < b && (a > lo || lo === 0)) s = a;
      if (a < end && end < b && (b < hi || hi === text.length)) e = b;
    }
    return [s, e];
  }

  // Opens the menu to mark [start, end) of the shown article.
  PL.openAddMenu = function (start, end, rect, returnFocus, keepFocus, fallback) {
    var text = state.text;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (start > 0 && PL.isLow(text.charCodeAt(start)) && PL.isHigh(text.charCodeAt(start - 1))) start--;
    if (end < text.length && PL.isLow(text.charCodeAt(end)) && PL.isHigh(text.charCodeAt(end - 1))) end++;
    var snapped = graphemes(text, start, end);
    start = snapped[0];
    end = snapped[1];
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
    var belongs = belongsTo([{ value: NEW, label: 'a new entity: ' + PL.truncate(words, 40) }].concat(entityNames(null).map(function (n) { return { value: n, label: n }; })), NEW);
    var entity = belongs.select;
    var speaker = select([{ value: '', label: 'none' }].concat(speakerOptions()), '');
    var value = el('input');
    value.type = 'text';
    value.autocomplete = 'off';
    var g = guessValue(words);
    value.value = g === null ? '' : String(g);
    var unit = el('input');
    unit.type = 'text';
    unit.autocomplete = 'off';
    var entityField = field('Belongs to', entity);
    var speakerField = field('Speaker', speaker, 'the people and organizations of this article');
    var valueField = field('Value', value, 'a number, a range (10–20); for dates, times and durations ISO 8601 (2016-03-14, T09:30, P3D); or empty');
    var unitField = field('Unit', unit, 'a currency code or a unit; may be empty');
    function sync() {
      var k = kind.value;
      entityField.hidden = PL.ENTITY_KINDS.indexOf(k) < 0;
      if (entityField.hidden) belongs.nameField.hidden = true;
      else belongs.nameField.hidden = entity.value !== TYPED;
      speakerField.hidden = k !== 'speech';
      valueField.hidden = unitField.hidden = PL.FIGURE_KINDS.indexOf(k) < 0;
    }
    kind.addEventListener('change', sync);
    var f = form(function () {
      var k = kind.value;
      var c;
      if (PL.ENTITY_KINDS.indexOf(k) >= 0) {
        c = { op: 'add', type: 'entity', at: at, kind: k };
        var chosen = belongs.value();
        if (chosen === null) return;
        if (chosen !== NEW) c.entity = chosen;
      } else if (k === 'speech' || k === 'term') {
        c = { op: 'add', type: 'quote', at: at, kind: k };
        if (k === 'speech' && speaker.value) c.speaker = speaker.value;
      } else {
        var parsed = parseValue(value.value, k);
        if (parsed.error) { fieldError(value, parsed.error); return; }
        c = { op: 'add', type: 'figure', at: at, kind: k, value: parsed.value, unit: parsed.unit || unit.value.trim() || null };
      }
      var selection = window.getSelection();
      if (selection) selection.removeAllRanges();
      C.add(c);
    });
    f.appendChild(field('Mark as', kind));
    f.appendChild(entityField);
    f.appendChild(belongs.nameField);
    f.appendChild(speakerField);
    f.appendChild(valueField);
    f.appendChild(unitField);
    f.appendChild(actions('Add'));
    sync();
    show('Mark ' + quoteText(words), f, rect, returnFocus, keepFocus, fallback);
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
    return { start: start, end: start + range.toString().length, rect: rangeBox(range.cloneRange()) };
  }

  // The box of a range of the article, while it is in the article's view (else null).
  function rangeBox(range) {
    return function () {
      var r = range.getBoundingClientRect();
      var view = els.highlighted.getBoundingClientRect();
      if (!r.width && !r.height) return null;
      return r.bottom < view.top || r.top > view.bottom ? null : r;
    };
  }

  // "Mark selected text": the selection in the article, else the one in the text box (when it
  // holds the shown article).
  function addFromSelection() {
    var sel = articleSelection();
    if (sel && PL.openAddMenu(sel.start, sel.end, sel.rect, els.addSelection, false, els.addSelection)) return;
    var a = els.article;
    if (state.result && a.value === state.text && a.selectionEnd > a.selectionStart &&
        PL.openAddMenu(a.selectionStart, a.selectionEnd, els.addSelection, els.addSelection)) return;
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

  // Tab and Shift+Tab go round the open menu's controls (a dialog keeps the focus; Escape or
  // Cancel leave it).
  function trapTab(event) {
    var controls = Array.from(els.menu.querySelectorAll('select, input, button, textarea, [tabindex]:not([tabindex="-1"])'))
      .filter(function (c) { return !c.disabled && c.getClientRects().length; });
    if (!controls.length) return;
    var first = controls[0];
    var last = controls[controls.length - 1];
    var i = controls.indexOf(document.activeElement);
    if (event.shiftKey && (i <= 0)) { event.preventDefault(); last.focus(); }
    else if (!event.shiftKey && (i < 0 || i === controls.length - 1)) { event.preventDefault(); first.focus(); }
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
      else if (event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey) trapTab(event);
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
    // A resize (a rotated phone, an on-screen keyboard) keeps the menu and what was typed in it.
    window.addEventListener('resize', function () { if (!els.menu.hidden) place(false); });
    // The article scrolled under an open menu (by the reader, or by a late layout): the menu
    // follows what it belongs to, once a frame.
    var following = false;
    els.highlighted.addEventListener('scroll', function () {
      if (els.menu.hidden || following) return;
      following = true;
      window.requestAnimationFrame(function () {
        following = false;
        if (!els.menu.hidden) place(false);
      });
    }, { passive: true });
  };
})();
