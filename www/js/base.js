// presslight page, shared part: the names every other script of the page uses (the elements,
// the state, small helpers), under one global, `Presslight`. Loaded first.
//
// The page is made of classic scripts (no ES modules) so that it also works opened from disk
// (file://); each one adds its part to `Presslight` and www/app.js starts the whole.
// User text reaches the DOM only as text nodes and attribute values; never through innerHTML.
'use strict';
(function () {
  var PL = self.Presslight = {};

  PL.ENTITY_KINDS = ['person', 'organization', 'place'];
  PL.FIGURE_KINDS = ['number', 'ordinal', 'percent', 'money', 'quantity', 'date', 'time', 'duration'];
  PL.KINDS = PL.ENTITY_KINDS.concat(['quote'], PL.FIGURE_KINDS);
  PL.KIND_TITLES = { person: 'People', organization: 'Organizations', place: 'Places' };

  function $(id) { return document.getElementById(id); }
  PL.$ = $;
  PL.els = {
    article: $('article'), sample: $('sample'), clearText: $('clear-text'), date: $('article-date'),
    storageNote: $('storage-note'), forget: $('forget'), highlighted: $('highlighted'), hint: $('hint'),
    status: $('status'), progress: $('progress'), elapsed: $('elapsed'), showLabels: $('show-labels'), search: $('search'),
    entitiesPanel: $('entities-panel'), quotesPanel: $('quotes-panel'), figuresPanel: $('figures-panel'),
    entitiesTotal: $('entities-total'), quotesTotal: $('quotes-total'), figuresTotal: $('figures-total'),
    focusBar: $('focus-bar'), focusLabel: $('focus-label'), focusPrev: $('focus-prev'),
    focusNext: $('focus-next'), focusClear: $('focus-clear'), tooltip: $('tooltip'),
    openFile: $('open-file'), openFileInput: $('open-file-input'),
    saveSession: $('save-session'), openSession: $('open-session'), openSessionInput: $('open-session-input'),
    correctionsCount: $('corrections-count'), undo: $('undo'), redo: $('redo'), clearCorrections: $('clear-corrections'),
    addSelection: $('add-selection'), correctionsPanel: $('corrections-panel'), correctionsTotal: $('corrections-total'),
    correctionsHeading: $('corrections-heading'),
    confirm: $('confirm-replace'), confirmText: $('confirm-text'), confirmKeep: $('confirm-keep'), confirmYes: $('confirm-replace-yes'),
    menu: $('correct-menu'), menuTitle: $('correct-title'), menuBody: $('correct-body')
  };

  PL.state = {
    version: 0, // bumped on every change of the input: results of older versions are dropped
    shownVersion: 0, // the version of the input the shown result belongs to
    text: '', // the text the shown result belongs to
    machine: null, // the engine's result for `text` (UTF-16 offsets)
    result: null, // `machine` with the reader's corrections applied: what is shown and exported
    ms: 0, // how long the engine took
    date: null, // the date the shown result was asked with
    dateIsAuto: true, // the date field shows the result's date, not one the user typed
    entityEls: [], quoteEls: [], figureEls: [], // result index -> highlight element
    mentions: new Map(), // canonical entity name -> [elements], in text order
    focus: null, // {name, els, index}
    figureSort: 'order',
    renderJob: null,
    progressTimer: 0,
    debounceTimer: 0,
    saveTimer: 0,
    corrections: [], // the reader's corrections, in the order made (see js/corrections.js)
    correctionStatus: [], // for each correction: 'applied' or 'stale' (its text no longer matches)
    undoStack: [], redoStack: [], // earlier / undone lists of corrections (or an article replaced, to bring back)
    inputText: '', // the text box's text as last seen (to tell an edit from a new article pasted over)
    pendingStatus: null // said in the status line once the article is shown
  };

  PL.el = function (tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  };

  PL.isHigh = function (c) { return c >= 0xd800 && c <= 0xdbff; };
  PL.isLow = function (c) { return c >= 0xdc00 && c <= 0xdfff; };

  // A kind with its article, as a reader writes it: "an organization", "a person", "money", "a date".
  PL.article = function (kind) {
    if (kind === 'money') return 'money';
    return (/^[aeiou]/.test(kind) ? 'an ' : 'a ') + kind;
  };
  PL.plural = function (n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); };

  PL.truncate = function (s, max) {
    if (s.length <= max) return s;
    var cut = max;
    if (PL.isHigh(s.charCodeAt(cut - 1))) cut--;
    return s.slice(0, cut) + '…';
  };

  // Text in quotation marks, unless it comes in its own (a quotation): “it”, never ““it””.
  PL.quoted = function (s, max) {
    s = PL.truncate(s.replace(/\s+/g, ' ').trim(), max);
    return s.length > 1 && /^["“”„‘’‚'«»‹›「『]/.test(s) ? s : '“' + s + '”';
  };

  // Whether `s` is a day of the calendar written YYYY-MM-DD (2025-02-30 is not).
  PL.isoDay = function (s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    var t = new Date(Date.UTC(2000, +m[2] - 1, +m[3]));
    t.setUTCFullYear(+m[1]);
    return t.getUTCFullYear() === +m[1] && t.getUTCMonth() === +m[2] - 1 && t.getUTCDate() === +m[3];
  };

  // The date the reader set in the date field (not one filled in from a dateline), or null.
  PL.userDate = function () {
    return !PL.state.dateIsAuto && PL.els.date.value ? PL.els.date.value : null;
  };

  PL.setStatus = function (message) { PL.els.status.textContent = message; };

  PL.speakerName = function (quote) {
    var s = quote.speaker;
    if (!s) return null;
    return s.entity || s.text || null;
  };

  function formatNumber(v) {
    return typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(v);
  }

  PL.formatValue = function (figure) {
    var v = figure.value;
    var text;
    if (v === null || v === undefined) text = '—';
    else if (Array.isArray(v)) text = formatNumber(v[0]) + '–' + formatNumber(v[1]);
    else text = formatNumber(v);
    if (figure.unit && v !== null && v !== undefined) text += ' ' + figure.unit;
    return text;
  };

  PL.reducedMotion = function () {
    return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  };

  // Where keys are the reader's typing, page shortcuts stay out of the way.
  PL.isTyping = function (t) {
    return !!t && (t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || (t.tagName === 'INPUT' && t.type !== 'checkbox' && t.type !== 'radio'));
  };
})();
