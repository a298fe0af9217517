// presslight page: the highlighted article. Builds the tree of highlights from a result and
// renders it as text nodes inside <mark> elements, in slices so a long article never freezes.
'use strict';
(function () {
  var PL = self.Presslight;
  var els = PL.els;
  var state = PL.state;
  var BLOCK_CHARS = 4000; // characters per block of the rendered article

  // The highlights as a tree: a span inside another becomes its child (quote > entity > figure
  // when they coincide); a span that crosses its parent's end is clipped there. Spans are
  // checked: inside the text, start < end, never between the halves of a surrogate pair.
  function buildTree(text, result) {
    var n = text.length;
    var spans = [];
    function add(item, layer, kind, type, index) {
      var start = item.start;
      var end = item.end;
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > n || start >= end) return;
      if (start > 0 && PL.isLow(text.charCodeAt(start)) && PL.isHigh(text.charCodeAt(start - 1))) start--;
      if (end < n && PL.isLow(text.charCodeAt(end)) && PL.isHigh(text.charCodeAt(end - 1))) end++;
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

  function makeHighlight(node) {
    var el = document.createElement('mark');
    var item = node.item;
    el.className = 'hl';
    el.dataset.kind = node.kind;
    el.tabIndex = -1;
    if (item.source === 'reader') el.dataset.source = 'reader';
    if (node.type === 'entity') {
      el.dataset.entity = item.entity;
      el.dataset.label = node.kind;
      state.entityEls[node.index] = el;
      var list = state.mentions.get(item.entity);
      if (!list) { list = []; state.mentions.set(item.entity, list); }
      list.push(el);
    } else if (node.type === 'quote') {
      var speaker = PL.speakerName(item);
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
    el.presslightItem = { type: node.type, item: item, index: node.index };
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

  PL.cancelRender = function () {
    if (state.renderJob) state.renderJob.cancelled = true;
    state.renderJob = null;
  };

  // Shows the engine's result `machine` for `text`, with the reader's corrections applied.
  // Renders in slices of about 8 ms so that a long article never freezes the page. `after`, if
  // given, runs once the article is shown (e.g. to put the focus back on a corrected highlight).
  PL.render = function (text, date, machine, ms, version, after) {
    PL.cancelRender();
    var job = { cancelled: false };
    state.renderJob = job;
    var t0 = performance.now();
    var scrollTop = state.text === text ? els.highlighted.scrollTop : 0;
    PL.clearFocus();
    if (state.text !== text) PL.closeMenu();
    state.text = text;
    state.machine = machine;
    state.ms = ms;
    state.date = date;
    state.shownVersion = version;
    var corrected = PL.corrections.apply(machine, text, state.corrections);
    var result = corrected.result;
    state.correctionStatus = corrected.status;
    state.result = result;
    state.entityEls = [];
    state.quoteEls = [];
    state.figureEls = [];
    state.mentions = new Map();
    if (state.dateIsAuto) els.date.value = result.date || '';
    var roots = buildTree(text, result);
    els.highlighted.dataset.state = 'busy';
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
      if (scrollTop) els.highlighted.scrollTop = scrollTop;
      PL.updateCounts(result);
      PL.buildPanels(result, text);
      PL.applySearch();
      PL.corrections.show();
      PL.setExportEnabled(true);
      clearTimeout(state.progressTimer);
      els.progress.hidden = true;
      els.elapsed.textContent = '';
      els.highlighted.removeAttribute('aria-busy');
      els.highlighted.dataset.state = 'done';
      els.highlighted.dataset.version = String(version);
      var total = performance.now() - t0;
      var stale = state.correctionStatus.filter(function (s) { return s === 'stale'; }).length;
      PL.setStatus(
        PL.plural(result.entities.length, 'name') + ', ' + PL.plural(result.quotes.length, 'quotation') + ', ' +
        PL.plural(result.figures.length, 'figure') + ' · analysed in ' + ms.toFixed(1) + ' ms, shown in ' + total.toFixed(0) + ' ms' +
        (stale ? ' · ' + PL.plural(stale, 'correction') + ' no longer ' + (stale === 1 ? 'matches' : 'match') + ' the text' : ''));
      // A message waiting for the article (e.g. corrections set aside) comes first.
      if (state.pendingStatus) { PL.setStatus(state.pendingStatus + ' ' + els.status.textContent); state.pendingStatus = null; }
      if (after) after();
      document.dispatchEvent(new CustomEvent('presslight:rendered', { detail: { analyzeMs: ms, renderMs: total } }));
    }
    step();
  };

  // Shows the same article again after a change of the corrections (no new analysis). When the
  // input has changed since, the analysis on its way applies them.
  PL.rerender = function (after) {
    if (!state.machine || state.shownVersion !== state.version) return;
    PL.render(state.text, state.date, state.machine, state.ms, state.shownVersion, after);
  };

  PL.updateCounts = function (result) {
    var counts = {};
    PL.KINDS.forEach(function (k) { counts[k] = 0; });
    if (result) {
      result.entities.forEach(function (e) { counts[e.kind] = (counts[e.kind] || 0) + 1; });
      counts.quote = result.quotes.length;
      result.figures.forEach(function (f) { counts[f.kind] = (counts[f.kind] || 0) + 1; });
    }
    document.querySelectorAll('[data-count]').forEach(function (node) {
      node.textContent = String(counts[node.dataset.count] || 0);
    });
  };
})();
