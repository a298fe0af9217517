// presslight page: reads the article, asks the analysis worker (wasm, in a Blob worker) for its
// entities, quotes and figures, and shows them inline and in the side panels.
//
// A classic script (no ES modules) so that the page also works opened from disk (file://).
// User text reaches the DOM only as text nodes and attribute values; never through innerHTML.
'use strict';
(function () {
  var ENTITY_KINDS = ['person', 'organization', 'place'];
  var FIGURE_KINDS = ['number', 'ordinal', 'percent', 'money', 'quantity', 'date', 'time', 'duration'];
  var KINDS = ENTITY_KINDS.concat(['quote'], FIGURE_KINDS);
  var KIND_TITLES = { person: 'People', organization: 'Organizations', place: 'Places' };
  var STORAGE_KEY = 'presslight.article';
  var STORE_LIMIT = 2000000; // characters; longer texts are not kept
  var LIST_LIMIT = 300; // rows per list before "and N more"
  var RESTART_AFTER_MS = 300;
  var BLOCK_CHARS = 4000; // characters per block of the rendered article // a stale analysis running longer than this restarts the worker

  function $(id) { return document.getElementById(id); }
  var els = {
    article: $('article'), sample: $('sample'), clearText: $('clear-text'), date: $('article-date'),
    storageNote: $('storage-note'), forget: $('forget'), highlighted: $('highlighted'), hint: $('hint'),
    status: $('status'), progress: $('progress'), elapsed: $('elapsed'), showLabels: $('show-labels'), search: $('search'),
    entitiesPanel: $('entities-panel'), quotesPanel: $('quotes-panel'), figuresPanel: $('figures-panel'),
    entitiesTotal: $('entities-total'), quotesTotal: $('quotes-total'), figuresTotal: $('figures-total'),
    focusBar: $('focus-bar'), focusLabel: $('focus-label'), focusPrev: $('focus-prev'),
    focusNext: $('focus-next'), focusClear: $('focus-clear'), tooltip: $('tooltip')
  };

  var state = {
    version: 0, // bumped on every change of the input: results of older versions are dropped
    text: '', // the text the shown result belongs to
    result: null,
    date: null, // the date the shown result was asked with
    dateIsAuto: true, // the date field shows the result's date, not one the user typed
    entityEls: [], quoteEls: [], figureEls: [], // result index -> highlight element
    mentions: new Map(), // canonical entity name -> [elements], in text order
    focus: null, // {name, els, index}
    figureSort: 'order',
    renderJob: null,
    progressTimer: 0,
    debounceTimer: 0,
    saveTimer: 0
  };

  // ---- the analysis worker ------------------------------------------------------------------

  var engine = { worker: null, url: null, ready: false, readyAt: 0, failed: null, nextId: 1, pending: new Map() };

  function startWorker() {
    if (typeof self.PRESSLIGHT_WORKER_SOURCE !== 'string') {
      engine.failed = 'The analysis engine (pkg/presslight-wasm.js) is missing: build it with "make build".';
      return;
    }
    engine.url = URL.createObjectURL(new Blob([self.PRESSLIGHT_WORKER_SOURCE], { type: 'text/javascript' }));
    engine.ready = false;
    engine.worker = new Worker(engine.url);
    engine.worker.onmessage = onWorkerMessage;
    engine.worker.onerror = function (event) {
      event.preventDefault();
      failAll('The analysis engine stopped: ' + (event.message || 'unknown error'));
    };
    engine.pending.forEach(function (entry) { entry.sentAt = performance.now(); engine.worker.postMessage(entry.message); });
  }

  function restartWorker() {
    if (engine.worker) engine.worker.terminate();
    if (engine.url) URL.revokeObjectURL(engine.url);
    engine.worker = null;
    startWorker();
  }

  function failAll(message) {
    engine.failed = message;
    var entries = Array.from(engine.pending.values());
    engine.pending.clear();
    entries.forEach(function (entry) { entry.callback({ error: message }); });
  }

  function onWorkerMessage(event) {
    var reply = event.data || {};
    if (reply.type === 'ready') { engine.ready = true; engine.readyAt = performance.now(); return; }
    if (reply.type === 'failed') { failAll('The analysis engine could not start: ' + reply.error); return; }
    var entry = engine.pending.get(reply.id);
    if (!entry) return; // a request that was dropped as stale
    engine.pending.delete(reply.id);
    entry.callback(reply);
  }

  // Sends one request; `callback(reply)` gets {result, ms} or {error}. `kind` "analysis" marks
  // requests that a newer input makes stale.
  function ask(message, kind, callback) {
    if (engine.failed) { callback({ error: engine.failed }); return; }
    if (!engine.worker) startWorker();
    if (engine.failed) { callback({ error: engine.failed }); return; }
    message.id = engine.nextId++;
    var entry = { message: message, kind: kind, callback: callback, sentAt: performance.now() };
    engine.pending.set(message.id, entry);
    engine.worker.postMessage(message);
  }

  // Forgets the analyses that a newer input made stale; when the worker is busy with one of
  // them for a while (a long text), starts a fresh worker instead of waiting for it.
  function dropStaleAnalyses() {
    var first = engine.pending.values().next().value;
    // (Not while the worker is still compiling the wasm: a restart would only start that over.)
    var busyWithStale = engine.ready && first && first.kind === 'analysis' &&
      performance.now() - Math.max(first.sentAt, engine.readyAt) > RESTART_AFTER_MS;
    engine.pending.forEach(function (entry, id) {
      if (entry.kind === 'analysis') engine.pending.delete(id);
    });
    if (busyWithStale) restartWorker();
  }

  // ---- input --------------------------------------------------------------------------------

  function userDate() {
    return !state.dateIsAuto && els.date.value ? els.date.value : null;
  }

  // Every change of the input gets a new version; the article pane and the text area carry the
  // version they show, so tests (and curious readers) can tell a current result from a stale one.
  function bumpVersion() {
    state.version++;
    els.article.dataset.version = String(state.version);
  }

  function onInput() {
    bumpVersion();
    clearTimeout(state.debounceTimer);
    scheduleSave();
    var text = els.article.value;
    if (!text.trim()) {
      dropStaleAnalyses();
      showEmpty();
      return;
    }
    markBusy();
    var delay = text.length > 200000 ? 500 : 250;
    state.debounceTimer = setTimeout(analyzeNow, delay);
  }

  function analyzeNow() {
    clearTimeout(state.debounceTimer);
    var text = els.article.value;
    var version = state.version;
    var date = userDate();
    if (!text.trim()) { showEmpty(); return; }
    dropStaleAnalyses();
    markBusy();
    clearTimeout(state.progressTimer);
    var started = performance.now();
    // After a moment, a progress state, with the seconds spent (not announced every second).
    var tick = function () {
      if (version !== state.version || els.highlighted.dataset.state !== 'busy') return;
      if (els.progress.hidden) {
        els.progress.hidden = false;
        setStatus('Analysing ' + describeSize(text.length) + '…');
      }
      var seconds = Math.floor((performance.now() - started) / 1000);
      els.elapsed.textContent = seconds >= 1 ? seconds + ' s' : '';
      state.progressTimer = setTimeout(tick, 1000);
    };
    state.progressTimer = setTimeout(tick, 150);
    ask({ text: text, date: date }, 'analysis', function (reply) {
      if (version !== state.version) return; // stale: a newer input is on its way
      if (reply.error) {
        clearTimeout(state.progressTimer);
        els.progress.hidden = true;
        els.elapsed.textContent = '';
        els.highlighted.removeAttribute('aria-busy');
        els.highlighted.dataset.state = 'error';
        setStatus('Could not analyse the article: ' + reply.error);
        return;
      }
      render(text, date, reply.result, reply.ms, version);
    });
  }

  function describeSize(chars) {
    if (chars < 10000) return chars + ' characters';
    if (chars < 1000000) return Math.round(chars / 1000) + ' thousand characters';
    return (chars / 1000000).toFixed(1) + ' million characters';
  }

  function markBusy() {
    els.highlighted.setAttribute('aria-busy', 'true');
    els.highlighted.dataset.state = 'busy';
  }

  function setStatus(message) { els.status.textContent = message; }

  function showEmpty() {
    cancelRender();
    clearTimeout(state.progressTimer);
    els.progress.hidden = true;
    els.elapsed.textContent = '';
    state.text = '';
    state.result = null;
    clearFocus();
    els.highlighted.replaceChildren();
    els.highlighted.hidden = true;
    els.highlighted.removeAttribute('aria-busy');
    els.highlighted.dataset.state = 'empty';
    els.hint.hidden = false;
    setStatus('');
    if (state.dateIsAuto) els.date.value = '';
    updateCounts(null);
    buildPanels(null, '');
    setExportEnabled(false);
  }

  // ---- rendering the article ----------------------------------------------------------------

  function isHigh(c) { return c >= 0xd800 && c <= 0xdbff; }
  function isLow(c) { return c >= 0xdc00 && c <= 0xdfff; }

  // The highlights as a tree: a span inside another becomes its child (quote > entity > figure
  // when they coincide); a span that crosses its parent's end is clipped there. Spans from the
  // engine are checked: inside the text, start < end, never between the halves of a surrogate pair.
  function buildTree(text, result) {
    var n = text.length;
    var spans = [];
    function add(item, layer, kind, type, index) {
      var start = item.start;
      var end = item.end;
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > n || start >= end) return;
      if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
      if (end < n && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
      spans.push({ start: start, end: end, layer: layer, kind: kind, type: type, item: item, index: index, children: [] });
    }
    (result.quotes || []).forEach(function (q, i) { add(q, 0, 'quote', 'quote', i); });
    (result.entities || []).forEach(function (e, i) { add(e, 1, e.kind, 'entity', i); });
    (result.figures || []).forEach(function (f, i) { add(f, 2, f.kind, 'figure', i); });
    spans.sort(function (a, b) { return a.start - b.start || b.end - a.end || a.layer - b.layer; });
    var roots = [];
    var stack = [];
    spans.forEach(function (span) {
      while (stack.length && stack[stack.length - 1].end <= span.start) stack.pop();
      if (stack.length) {
        var parent = stack[stack.length - 1];
        if (span.end > parent.end) span.end = parent.end;
        if (span.end <= span.start) return;
        parent.children.push(span);
      } else {
        roots.push(span);
      }
      stack.push(span);
    });
    return roots;
  }

  function speakerName(quote) {
    var s = quote.speaker;
    if (!s) return null;
    return s.entity || s.text || null;
  }

  function formatNumber(v) {
    return typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(v);
  }

  function formatValue(figure) {
    var v = figure.value;
    var text;
    if (v === null || v === undefined) text = '—';
    else if (Array.isArray(v)) text = formatNumber(v[0]) + '–' + formatNumber(v[1]);
    else text = formatNumber(v);
    if (figure.unit && v !== null && v !== undefined) text += ' ' + figure.unit;
    return text;
  }

  function makeHighlight(node) {
    var el = document.createElement('mark');
    var item = node.item;
    el.className = 'hl';
    el.dataset.kind = node.kind;
    el.tabIndex = -1;
    if (node.type === 'entity') {
      el.dataset.entity = item.entity;
      el.dataset.label = node.kind;
      state.entityEls[node.index] = el;
      var list = state.mentions.get(item.entity);
      if (!list) { list = []; state.mentions.set(item.entity, list); }
      list.push(el);
    } else if (node.type === 'quote') {
      var speaker = speakerName(item);
      el.dataset.quoteKind = item.kind;
      // data-speaker: the entity the attribution resolves to; otherwise the mention as written.
      if (item.speaker && item.speaker.entity) el.dataset.speaker = item.speaker.entity;
      else if (item.speaker && item.speaker.text) el.dataset.speakerMention = item.speaker.text;
      el.dataset.label = item.kind === 'term' ? 'term' : speaker ? 'quote · ' + speaker : 'quote';
      state.quoteEls[node.index] = el;
    } else {
      if (item.value !== null && item.value !== undefined) el.dataset.value = Array.isArray(item.value) ? item.value.join('–') : String(item.value);
      if (item.unit) el.dataset.unit = item.unit;
      el.dataset.label = node.kind;
      state.figureEls[node.index] = el;
    }
    el.presslightItem = { type: node.type, item: item };
    return el;
  }

  function renderNode(node, text, parent) {
    var el = makeHighlight(node);
    var pos = node.start;
    node.children.forEach(function (child) {
      if (child.start > pos) el.appendChild(document.createTextNode(text.slice(pos, child.start)));
      renderNode(child, text, el);
      pos = child.end;
    });
    if (pos < node.end) el.appendChild(document.createTextNode(text.slice(pos, node.end)));
    parent.appendChild(el);
  }

  var yieldChannel = new MessageChannel();
  var yieldQueue = [];
  yieldChannel.port1.onmessage = function () { var f = yieldQueue.shift(); if (f) f(); };
  function yieldThen(f) { yieldQueue.push(f); yieldChannel.port2.postMessage(0); }

  function cancelRender() {
    if (state.renderJob) state.renderJob.cancelled = true;
    state.renderJob = null;
  }

  // Renders in slices of about 8 ms so that a long article never freezes the page.
  function render(text, date, result, ms, version) {
    cancelRender();
    var job = { cancelled: false };
    state.renderJob = job;
    var t0 = performance.now();
    clearFocus();
    state.text = text;
    state.result = result;
    state.date = date;
    state.entityEls = [];
    state.quoteEls = [];
    state.figureEls = [];
    state.mentions = new Map();
    if (state.dateIsAuto) els.date.value = result.date || '';
    var roots = buildTree(text, result);
    els.highlighted.replaceChildren();
    els.hint.hidden = true;
    els.highlighted.hidden = false;
    // The article goes into blocks of a few thousand characters, split after a line break
    // outside any highlight, so that the browser lays out (content-visibility) only what is seen.
    var i = 0;
    var pos = 0;
    var block = newBlock();
    var blockChars = 0;
    function lastBreak(from, to) {
      for (var k = to - 1; k >= from; k--) if (text.charCodeAt(k) === 10) return k;
      return -1;
    }
    function newBlock() { var b = document.createElement('div'); b.className = 'block'; return b; }
    function addGap(from, to) {
      while (from < to) {
        var cut = blockChars + (to - from) > BLOCK_CHARS ? lastBreak(from, to) : -1;
        if (cut < from) {
          block.appendChild(document.createTextNode(text.slice(from, to)));
          blockChars += to - from;
          return;
        }
        block.appendChild(document.createTextNode(text.slice(from, cut + 1)));
        els.highlighted.appendChild(block);
        block = newBlock();
        blockChars = 0;
        from = cut + 1;
      }
    }
    function step() {
      if (job.cancelled) return;
      var sliceStart = performance.now();
      while (i < roots.length) {
        var root = roots[i++];
        if (root.start > pos) addGap(pos, root.start);
        renderNode(root, text, block);
        blockChars += root.end - root.start;
        pos = root.end;
        if ((i & 15) === 0 && performance.now() - sliceStart > 8) break;
      }
      if (i >= roots.length && pos < text.length) {
        addGap(pos, text.length);
        pos = text.length;
      }
      if (i < roots.length) { yieldThen(step); return; }
      if (block.firstChild) els.highlighted.appendChild(block);
      finish();
    }
    function finish() {
      state.renderJob = null;
      updateCounts(result);
      buildPanels(result, text);
      applySearch();
      setExportEnabled(true);
      clearTimeout(state.progressTimer);
      els.progress.hidden = true;
      els.elapsed.textContent = '';
      els.highlighted.removeAttribute('aria-busy');
      els.highlighted.dataset.state = 'done';
      els.highlighted.dataset.version = String(version);
      var total = performance.now() - t0;
      setStatus(
        plural(result.entities.length, 'name') + ', ' + plural(result.quotes.length, 'quotation') + ', ' +
        plural(result.figures.length, 'figure') + ' · analysed in ' + ms.toFixed(1) + ' ms, shown in ' + total.toFixed(0) + ' ms');
      document.dispatchEvent(new CustomEvent('presslight:rendered', { detail: { analyzeMs: ms, renderMs: total } }));
    }
    step();
  }

  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  function updateCounts(result) {
    var counts = {};
    KINDS.forEach(function (k) { counts[k] = 0; });
    if (result) {
      result.entities.forEach(function (e) { counts[e.kind] = (counts[e.kind] || 0) + 1; });
      counts.quote = result.quotes.length;
      result.figures.forEach(function (f) { counts[f.kind] = (counts[f.kind] || 0) + 1; });
    }
    document.querySelectorAll('[data-count]').forEach(function (el) {
      el.textContent = String(counts[el.dataset.count] || 0);
    });
  }

  // ---- panels -------------------------------------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function moreNote(shown, total) {
    return el('li', 'more', 'and ' + (total - shown) + ' more (narrow them with the filter)');
  }

  function truncate(s, max) {
    if (s.length <= max) return s;
    var cut = max;
    if (isHigh(s.charCodeAt(cut - 1))) cut--;
    return s.slice(0, cut) + '…';
  }

  function buildPanels(result, text) {
    buildEntitiesPanel(result);
    buildQuotesPanel(result);
    buildFiguresPanel(result, text);
  }

  function buildEntitiesPanel(result) {
    var panel = els.entitiesPanel;
    panel.replaceChildren();
    if (!result || !result.entities.length) {
      panel.appendChild(el('p', 'empty', result ? 'No names found.' : 'Nothing analysed yet.'));
      els.entitiesTotal.textContent = '';
      return;
    }
    var byName = new Map();
    result.entities.forEach(function (e) {
      var key = e.kind + '\u0000' + e.entity;
      var group = byName.get(key);
      if (!group) { group = { name: e.entity, kind: e.kind, count: 0, texts: new Set() }; byName.set(key, group); }
      group.count++;
      group.texts.add(e.text);
    });
    els.entitiesTotal.textContent = '(' + byName.size + ')';
    ENTITY_KINDS.forEach(function (kind) {
      var groups = Array.from(byName.values()).filter(function (g) { return g.kind === kind; });
      if (!groups.length) return;
      groups.sort(function (a, b) { return b.count - a.count || a.name.localeCompare(b.name); });
      var section = el('div', 'kind-group');
      section.dataset.itemKind = kind;
      var headingId = 'entities-' + kind;
      var heading = el('h3', null, KIND_TITLES[kind] + ' ');
      heading.id = headingId;
      heading.appendChild(el('span', 'n', '(' + groups.length + ')'));
      section.appendChild(heading);
      var list = el('ul');
      list.setAttribute('aria-labelledby', headingId);
      groups.slice(0, LIST_LIMIT).forEach(function (g) {
        var li = el('li');
        li.dataset.itemKind = kind;
        li.dataset.search = (g.name + ' ' + Array.from(g.texts).join(' ')).toLowerCase();
        var button = el('button', 'item');
        button.type = 'button';
        button.dataset.entity = g.name;
        button.setAttribute('aria-pressed', 'false');
        button.appendChild(el('span', 'name', g.name));
        button.appendChild(el('span', 'n', String(g.count)));
        button.appendChild(el('span', 'visually-hidden', g.count === 1 ? ' mention' : ' mentions'));
        button.addEventListener('click', function () { selectEntity(g.name); });
        li.appendChild(button);
        list.appendChild(li);
      });
      if (groups.length > LIST_LIMIT) list.appendChild(moreNote(LIST_LIMIT, groups.length));
      section.appendChild(list);
      panel.appendChild(section);
    });
  }

  function quoteButton(quote, index) {
    var button = el('button', 'item quote-item');
    button.type = 'button';
    button.appendChild(el('span', 'name', truncate(quote.text, 240)));
    button.addEventListener('click', function () { reveal(state.quoteEls[index]); });
    return button;
  }

  function buildQuotesPanel(result) {
    var panel = els.quotesPanel;
    panel.replaceChildren();
    if (!result || !result.quotes.length) {
      panel.appendChild(el('p', 'empty', result ? 'No quotations found.' : 'Nothing analysed yet.'));
      els.quotesTotal.textContent = '';
      return;
    }
    els.quotesTotal.textContent = '(' + result.quotes.length + ')';
    var speakers = new Map();
    var unattributed = [];
    var terms = [];
    result.quotes.forEach(function (q, i) {
      if (q.kind === 'term') { terms.push(i); return; }
      var name = speakerName(q);
      if (!name) { unattributed.push(i); return; }
      var group = speakers.get(name);
      if (!group) { group = { name: name, quotes: [] }; speakers.set(name, group); }
      group.quotes.push(i);
    });
    var groups = Array.from(speakers.values());
    groups.sort(function (a, b) { return b.quotes.length - a.quotes.length || a.quotes[0] - b.quotes[0]; });
    if (unattributed.length) groups.push({ name: 'Speaker not found', quotes: unattributed, apart: true });
    if (terms.length) groups.push({ name: 'Terms, titles and scare quotes', quotes: terms, apart: true });
    var n = 0;
    groups.forEach(function (g) {
      var section = el('div', 'speaker-group');
      section.dataset.itemKind = 'quote';
      if (!g.apart) section.dataset.speaker = g.name;
      var heading = el('h3', null, g.name + ' ');
      heading.id = 'speaker-' + (n++);
      heading.appendChild(el('span', 'n', '(' + g.quotes.length + ')'));
      section.appendChild(heading);
      var list = el('ul');
      list.setAttribute('aria-labelledby', heading.id);
      g.quotes.slice(0, LIST_LIMIT).forEach(function (i) {
        var q = result.quotes[i];
        var li = el('li');
        li.dataset.itemKind = 'quote';
        li.dataset.search = (g.name + ' ' + q.text).toLowerCase();
        li.appendChild(quoteButton(q, i));
        list.appendChild(li);
      });
      if (g.quotes.length > LIST_LIMIT) list.appendChild(moreNote(LIST_LIMIT, g.quotes.length));
      section.appendChild(list);
      panel.appendChild(section);
    });
  }

  // The sentence around [start, end): up to the previous and next sentence end or line break.
  function sentenceAround(text, start, end) {
    var from = start;
    var limit = Math.max(0, start - 300);
    while (from > limit) {
      var c = text.charAt(from - 1);
      if (c === '\n') break;
      if ((c === ' ') && /[.!?]["”’)]?$/.test(text.slice(Math.max(0, from - 3), from - 1))) break;
      from--;
    }
    var to = end;
    var max = Math.min(text.length, end + 300);
    while (to < max) {
      var d = text.charAt(to);
      if (d === '\n') break;
      to++;
      if ((d === '.' || d === '!' || d === '?') && (to >= text.length || /\s/.test(text.charAt(to)))) break;
    }
    if (from > 0 && isLow(text.charCodeAt(from))) from--;
    if (to < text.length && isLow(text.charCodeAt(to))) to++;
    return text.slice(from, to).trim();
  }

  function buildFiguresPanel(result, text) {
    var panel = els.figuresPanel;
    panel.replaceChildren();
    if (!result || !result.figures.length) {
      panel.appendChild(el('p', 'empty', result ? 'No figures found.' : 'Nothing analysed yet.'));
      els.figuresTotal.textContent = '';
      return;
    }
    els.figuresTotal.textContent = '(' + result.figures.length + ')';
    var order = result.figures.map(function (_, i) { return i; });
    if (state.figureSort === 'kind') {
      order.sort(function (a, b) {
        return FIGURE_KINDS.indexOf(result.figures[a].kind) - FIGURE_KINDS.indexOf(result.figures[b].kind) || a - b;
      });
    }
    var wrap = el('div', 'panel-scroll');
    var table = el('table', 'figures-table');
    var caption = el('caption', 'visually-hidden', 'Figures of the article, sorted by ' + (state.figureSort === 'kind' ? 'kind' : 'order in the text'));
    table.appendChild(caption);
    var head = el('thead');
    var row = el('tr');
    [['Figure', 'order'], ['Kind', 'kind'], ['Value', null], ['Sentence', null]].forEach(function (col) {
      var th = el('th');
      th.scope = 'col';
      if (col[1]) {
        var b = el('button', null, col[0]);
        b.type = 'button';
        b.dataset.sort = col[1];
        b.appendChild(el('span', 'visually-hidden', col[1] === 'order' ? ' (sort by order in the text)' : ' (sort by kind)'));
        th.setAttribute('aria-sort', state.figureSort === col[1] ? 'ascending' : 'none');
        b.addEventListener('click', function () {
          state.figureSort = col[1];
          buildFiguresPanel(state.result, state.text);
          applySearch();
          var again = els.figuresPanel.querySelector('button[data-sort="' + col[1] + '"]');
          if (again) again.focus();
        });
        th.appendChild(b);
      } else {
        th.textContent = col[0];
      }
      row.appendChild(th);
    });
    head.appendChild(row);
    table.appendChild(head);
    var body = el('tbody');
    order.slice(0, LIST_LIMIT).forEach(function (i) {
      var f = result.figures[i];
      var tr = el('tr');
      tr.dataset.itemKind = f.kind;
      tr.dataset.index = String(i);
      var sentence = sentenceAround(text, f.start, f.end);
      var value = formatValue(f);
      tr.dataset.search = (f.text + ' ' + f.kind + ' ' + value + ' ' + sentence).toLowerCase();
      var td = el('td');
      var b = el('button', 'item', f.text);
      b.type = 'button';
      b.addEventListener('click', function () { reveal(state.figureEls[i]); });
      td.appendChild(b);
      tr.appendChild(td);
      tr.appendChild(el('td', null, f.kind));
      tr.appendChild(el('td', null, value));
      tr.appendChild(el('td', 'sentence', truncate(sentence, 200)));
      body.appendChild(tr);
    });
    table.appendChild(body);
    wrap.appendChild(table);
    panel.appendChild(wrap);
    if (order.length > LIST_LIMIT) panel.appendChild(el('p', 'more', 'and ' + (order.length - LIST_LIMIT) + ' more (narrow them with the filter)'));
  }

  function applySearch() {
    var q = els.search.value.trim().toLowerCase();
    document.querySelectorAll('.panels [data-search]').forEach(function (node) {
      node.hidden = q !== '' && node.dataset.search.indexOf(q) < 0;
    });
    document.querySelectorAll('.panels .kind-group, .panels .speaker-group').forEach(function (group) {
      group.hidden = q !== '' && !group.querySelector('[data-search]:not([hidden])');
    });
  }

  // ---- moving around the text -------------------------------------------------------------

  function reducedMotion() {
    return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  function reveal(target) {
    if (!target) return;
    target.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    target.focus({ preventScroll: true });
    target.classList.remove('flash');
    void target.offsetWidth; // restart the animation
    target.classList.add('flash');
    setTimeout(function () { target.classList.remove('flash'); }, 1600);
  }

  function selectEntity(name) {
    clearFocus();
    var mentions = state.mentions.get(name) || [];
    if (!mentions.length) return;
    mentions.forEach(function (m) { m.classList.add('selected'); });
    state.focus = { name: name, els: mentions, index: 0 };
    els.entitiesPanel.querySelectorAll('button[data-entity]').forEach(function (b) {
      b.setAttribute('aria-pressed', b.dataset.entity === name ? 'true' : 'false');
    });
    els.focusBar.hidden = false;
    stepFocus(0);
  }

  function stepFocus(delta) {
    var f = state.focus;
    if (!f) return;
    if (f.els[f.index]) f.els[f.index].classList.remove('current');
    f.index = (f.index + delta + f.els.length) % f.els.length;
    var target = f.els[f.index];
    target.classList.add('current');
    els.focusLabel.textContent = f.name + ': mention ' + (f.index + 1) + ' of ' + f.els.length;
    reveal(target);
  }

  function clearFocus() {
    var f = state.focus;
    if (f) f.els.forEach(function (m) { m.classList.remove('selected', 'current'); });
    state.focus = null;
    els.focusBar.hidden = true;
    els.entitiesPanel.querySelectorAll('button[aria-pressed="true"]').forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
  }

  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var t = event.target;
    var typing = t && (t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || (t.tagName === 'INPUT' && t.type !== 'checkbox'));
    if (typing) return;
    if (!state.focus) return;
    if (event.key === 'n' || event.key === 'N') { stepFocus(1); event.preventDefault(); }
    else if (event.key === 'p' || event.key === 'P') { stepFocus(-1); event.preventDefault(); }
    else if (event.key === 'Escape') { clearFocus(); event.preventDefault(); }
  }

  // ---- tooltip ------------------------------------------------------------------------------

  function describe(mark) {
    var info = mark.presslightItem;
    if (!info) return '';
    var item = info.item;
    if (info.type === 'entity') return item.kind + ': ' + item.entity;
    if (info.type === 'quote') {
      if (item.kind === 'term') return 'term (scare quotes, title or a word as a word)';
      if (!item.speaker) return 'quotation, speaker not found';
      var s = item.speaker;
      return 'quotation by ' + (s.entity || s.text) + (s.entity && s.text !== s.entity ? ' (“' + s.text + '”)' : '');
    }
    return item.kind + ': ' + formatValue(item) + (item.counts ? ' (' + item.counts + ')' : '');
  }

  function showTooltip(target) {
    var lines = [];
    for (var m = target; m && m !== els.highlighted; m = m.parentElement) {
      if (m.classList && m.classList.contains('hl')) lines.push(describe(m));
    }
    if (!lines.length) { els.tooltip.hidden = true; return; }
    els.tooltip.textContent = lines.join(' · in ');
    els.tooltip.hidden = false;
    var r = target.getBoundingClientRect();
    var top = r.bottom + 6;
    if (top + 40 > window.innerHeight) top = Math.max(0, r.top - 40);
    els.tooltip.style.left = Math.max(4, Math.min(r.left, window.innerWidth - 300)) + 'px';
    els.tooltip.style.top = top + 'px';
  }

  function hlFrom(event) {
    var t = event.target;
    return t && t.closest ? t.closest('.hl') : null;
  }

  // ---- exports ------------------------------------------------------------------------------

  function setExportEnabled(on) {
    document.querySelectorAll('[data-export]').forEach(function (b) { b.disabled = !on; });
  }

  function download(name, type, content) {
    var url = URL.createObjectURL(new Blob([content], { type: type }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
  }

  // The analysis in the CLI's schema: offsets in Unicode code points.
  function withCodePoints(callback) {
    var text = state.text;
    ask({ text: text, date: state.date, offsets: 'codepoints' }, 'export', function (reply) {
      if (reply.error) { setStatus('Export failed: ' + reply.error); return; }
      callback(reply.result);
    });
  }

  function csvCell(value) {
    if (value === null || value === undefined) return '';
    var s = Array.isArray(value) ? value.join('..') : String(value);
    if (typeof value === 'string' && /^[=+@\t\r]/.test(s)) s = "'" + s; // no formulas in spreadsheets
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function csv(header, rows) {
    return [header].concat(rows).map(function (r) { return r.map(csvCell).join(','); }).join('\r\n') + '\r\n';
  }

  function entitiesCsv(r) {
    return csv(['start', 'end', 'text', 'kind', 'entity'], r.entities.map(function (e) { return [e.start, e.end, e.text, e.kind, e.entity]; }));
  }

  function quotesCsv(r) {
    return csv(['start', 'end', 'text', 'kind', 'speaker', 'speaker_start', 'speaker_end', 'speaker_entity'], r.quotes.map(function (q) {
      var s = q.speaker;
      return [q.start, q.end, q.text, q.kind, s ? s.text : null, s ? s.start : null, s ? s.end : null, s ? s.entity : null];
    }));
  }

  function figuresCsv(r) {
    return csv(['start', 'end', 'text', 'kind', 'value', 'unit', 'counts'], r.figures.map(function (f) {
      return [f.start, f.end, f.text, f.kind, f.value, f.unit, f.counts];
    }));
  }

  // The annotated article as a standalone HTML file: our own markup around a copy of the
  // highlighted article (its text was only ever text nodes, so serializing escapes it).
  function annotatedHtml() {
    var legend = el('p', 'legend labels');
    KINDS.forEach(function (k) {
      var s = el('mark', 'hl', k);
      s.dataset.kind = k;
      legend.appendChild(s);
      legend.appendChild(document.createTextNode(' '));
    });
    var article = el('article', 'labels');
    els.highlighted.childNodes.forEach(function (n) { article.appendChild(n.cloneNode(true)); });
    article.querySelectorAll('.hl').forEach(function (m) {
      m.removeAttribute('tabindex');
      m.classList.remove('selected', 'current', 'flash');
    });
    var note = el('p', 'note', 'Annotated by presslight' + (state.date ? ' (article date ' + state.date + ')' : '') +
      '. The highlights are machine-made: check them against the text.');
    var css = 'body{font:16px/1.9 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1b1b1f;background:#fff}' +
      'article{white-space:pre-wrap;overflow-wrap:anywhere}.note{color:#4d4d57;font-size:.875rem}' + (self.PRESSLIGHT_EXPORT_CSS || '');
    return '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
      '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">\n' +
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
      '<title>presslight: annotated article</title>\n<style>' + css + '</style>\n</head>\n<body>\n' +
      legend.outerHTML + '\n' + article.outerHTML + '\n' + note.outerHTML + '\n</body>\n</html>\n';
  }

  function onExport(kind) {
    if (!state.result) return;
    if (kind === 'html') {
      download('presslight-article.html', 'text/html', annotatedHtml());
      setStatus('Saved the annotated article as presslight-article.html.');
      return;
    }
    withCodePoints(function (r) {
      var json = JSON.stringify(r, null, 2) + '\n';
      if (kind === 'json') download('presslight.json', 'application/json', json);
      else if (kind === 'entities-csv') download('presslight-entities.csv', 'text/csv', entitiesCsv(r));
      else if (kind === 'quotes-csv') download('presslight-quotes.csv', 'text/csv', quotesCsv(r));
      else if (kind === 'figures-csv') download('presslight-figures.csv', 'text/csv', figuresCsv(r));
      else if (kind === 'copy') {
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(json).then(function () { setStatus('Copied the JSON to the clipboard.'); },
            function () { setStatus('The browser did not allow copying; use the JSON download.'); });
        } else {
          setStatus('The browser did not allow copying; use the JSON download.');
        }
        return;
      }
      setStatus('Exported.');
    });
  }

  // ---- keeping the last article -----------------------------------------------------------

  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  function scheduleSave() {
    clearTimeout(state.saveTimer);
    state.saveTimer = setTimeout(saveArticle, 800);
  }

  function saveArticle() {
    var s = storage();
    if (!s) return;
    var text = els.article.value;
    try {
      if (!text.trim() || text.length > STORE_LIMIT) s.removeItem(STORAGE_KEY);
      else s.setItem(STORAGE_KEY, text);
    } catch (e) { /* full or forbidden: keep nothing */ }
    els.storageNote.hidden = !(text.trim() && text.length <= STORE_LIMIT && s.getItem(STORAGE_KEY) !== null);
  }

  function forgetArticle() {
    var s = storage();
    clearTimeout(state.saveTimer);
    try { if (s) s.removeItem(STORAGE_KEY); } catch (e) { /* nothing kept */ }
    els.storageNote.hidden = true;
    setStatus('The article is no longer kept in this browser.');
  }

  // ---- start --------------------------------------------------------------------------------

  function setArticle(text) {
    els.article.value = text;
    state.dateIsAuto = true;
    onInput();
  }

  function init() {
    els.sample.addEventListener('click', function () {
      setArticle(typeof self.PRESSLIGHT_SAMPLE === 'string' ? self.PRESSLIGHT_SAMPLE : '');
    });
    els.clearText.addEventListener('click', function () { setArticle(''); els.article.focus(); });
    els.article.addEventListener('input', onInput);
    els.date.addEventListener('change', function () {
      state.dateIsAuto = !els.date.value;
      if (els.article.value.trim()) { bumpVersion(); analyzeNow(); }
    });
    els.forget.addEventListener('click', forgetArticle);
    els.search.addEventListener('input', applySearch);
    els.showLabels.addEventListener('change', function () {
      els.highlighted.classList.toggle('labels', els.showLabels.checked);
    });
    els.highlighted.classList.toggle('labels', els.showLabels.checked);
    document.querySelectorAll('[data-toggle-kind]').forEach(function (box) {
      var apply = function () { document.body.classList.toggle('hide-' + box.dataset.toggleKind, !box.checked); };
      box.addEventListener('change', apply);
      apply();
    });
    document.querySelectorAll('[data-export]').forEach(function (b) {
      b.addEventListener('click', function () { onExport(b.dataset.export); });
    });
    els.focusNext.addEventListener('click', function () { stepFocus(1); });
    els.focusPrev.addEventListener('click', function () { stepFocus(-1); });
    els.focusClear.addEventListener('click', clearFocus);
    document.addEventListener('keydown', onKey);
    els.highlighted.addEventListener('click', function (event) {
      var mark = hlFrom(event);
      var info = mark && mark.presslightItem;
      if (info && info.type === 'entity') selectEntity(info.item.entity);
    });
    els.highlighted.addEventListener('mouseover', function (event) { var m = hlFrom(event); if (m) showTooltip(m); });
    els.highlighted.addEventListener('mouseout', function () { els.tooltip.hidden = true; });
    els.highlighted.addEventListener('focusin', function (event) { var m = hlFrom(event); if (m) showTooltip(m); });
    els.highlighted.addEventListener('focusout', function () { els.tooltip.hidden = true; });
    els.highlighted.addEventListener('scroll', function () { els.tooltip.hidden = true; });

    startWorker();
    if (engine.failed) setStatus(engine.failed);

    var s = storage();
    var kept = null;
    try { kept = s ? s.getItem(STORAGE_KEY) : null; } catch (e) { kept = null; }
    if (kept && !els.article.value) {
      els.article.value = kept;
      els.storageNote.hidden = false;
    }
    bumpVersion();
    if (els.article.value.trim()) analyzeNow(); else showEmpty();
  }

  // A small hook for the bench and the tests: times the engine without the page around it.
  self.presslight = {
    analyze: function (text, options) {
      options = options || {};
      return new Promise(function (resolve, reject) {
        ask({ text: String(text), date: options.date || null, offsets: options.offsets || null, repeat: options.repeat || 1 }, 'export', function (reply) {
          if (reply.error) reject(new Error(reply.error)); else resolve(reply);
        });
      });
    }
  };

  init();
})();
