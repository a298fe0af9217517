// presslight page: the side panels (entities by kind and name, quotes by speaker, figures in a
// sortable table, the filter), moving around the text (reveal, n / p through an entity's
// mentions) and the tooltip that tells what a highlight is.
'use strict';
(function () {
  var PL = self.Presslight;
  var els = PL.els;
  var state = PL.state;
  var el = PL.el;
  var truncate = PL.truncate;
  var isLow = PL.isLow;
  var speakerName = PL.speakerName;
  var formatValue = PL.formatValue;
  var ENTITY_KINDS = PL.ENTITY_KINDS;
  var FIGURE_KINDS = PL.FIGURE_KINDS;
  var KIND_TITLES = PL.KIND_TITLES;
  var LIST_LIMIT = 300; // rows per list before "and N more"

  // The sign of the reader's corrections in a list.
  function mine() {
    var span = el('span', 'mine');
    var sign = el('span', null, '✎');
    sign.setAttribute('aria-hidden', 'true');
    span.appendChild(sign);
    span.appendChild(el('span', 'visually-hidden', ' (your correction)'));
    return span;
  }

  function moreNote(shown, total) {
    return el('li', 'more', 'and ' + (total - shown) + ' more (narrow them with the filter)');
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
      if (e.source === 'reader') group.reader = true;
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
        if (g.reader) button.appendChild(mine());
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
    if (quote.source === 'reader') button.appendChild(mine());
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
      if (f.source === 'reader') b.appendChild(mine());
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

  function reveal(target) {
    if (!target) return;
    target.scrollIntoView({ block: 'center', behavior: PL.reducedMotion() ? 'auto' : 'smooth' });
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
    // The confirmation dialog takes every key while it is open.
    if (els.confirm && els.confirm.open) return;
    var t = event.target;
    if (PL.isTyping(t) || (t && t.closest && t.closest('#correct-menu'))) return;
    if (!state.focus) return;
    if (event.key === 'n' || event.key === 'N') { stepFocus(1); event.preventDefault(); }
    else if (event.key === 'p' || event.key === 'P') { stepFocus(-1); event.preventDefault(); }
    else if (event.key === 'Escape') { clearFocus(); event.preventDefault(); }
  }

  // ---- tooltip ------------------------------------------------------------------------------

  function describe(mark) {
    var info = mark.presslightItem;
    if (!info) return '';
    var what = describeItem(info);
    return info.item.source === 'reader' ? what + ' (your correction)' : what;
  }

  function describeItem(info) {
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

  // The highlight an event is on: the innermost one of a kind that is shown (a kind unticked in
  // the legend is no highlight to hover or click).
  function hlFrom(event) {
    var t = event.target;
    var m = t && t.closest ? t.closest('.hl') : null;
    var body = document.body.classList;
    while (m && body.contains('hide-' + m.dataset.kind)) m = m.parentElement ? m.parentElement.closest('.hl') : null;
    return m && els.highlighted.contains(m) ? m : null;
  }

  PL.buildPanels = buildPanels;
  PL.applySearch = applySearch;
  PL.reveal = reveal;
  PL.selectEntity = selectEntity;
  PL.stepFocus = stepFocus;
  PL.clearFocus = clearFocus;
  PL.onFocusKey = onKey;
  PL.describe = describe;
  PL.showTooltip = showTooltip;
  PL.hlFrom = hlFrom;
  PL.sentenceAround = sentenceAround;
})();
