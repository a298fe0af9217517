// presslight page: the reader's corrections, their history (undo / redo) and their list.
//
// A correction is a plain JSON object, kept as made (in sessions and in local storage) and applied
// to the engine's result on every analysis, so that it survives re-analysis:
//   {op: "edit",   type: "entity", at, kind?, entity?, all?}  kind of the whole entity; the entity a
//                                                          mention belongs to (all: with every
//                                                          mention of its former entity; they
//                                                          take the kind of the entity they join)
//   {op: "edit",   type: "quote",  at, kind?, speaker?}    speaker: an entity name, or null for none
//   {op: "edit",   type: "figure", at, kind?, value?, unit?}
//   {op: "remove", type, at}
//   {op: "add",    type, at, kind, entity?, speaker?, value?, unit?}
// `at` anchors it in the article: {start, end, text, before, after}, UTF-16 offsets, the exact text
// there and up to CONTEXT characters each side. When the article changes, a correction is applied
// where the same text with the same context is found (the nearest to where it was), else where the
// same text is found with the most of its context (a word edited nearby changes no correction);
// when its text is found nowhere, or the machine's item it edits is gone, it is kept but flagged
// ("stale") and not applied. Items made or changed by a correction carry `source: "reader"`.
'use strict';
(function () {
  var PL = self.Presslight;
  var els = PL.els;
  var state = PL.state;
  var el = PL.el;
  var CONTEXT = 24;
  var HISTORY = 200; // undo steps kept
  var LISTS = { entity: 'entities', quote: 'quotes', figure: 'figures' };
  var KINDS = { entity: PL.ENTITY_KINDS, quote: ['speech', 'term'], figure: PL.FIGURE_KINDS };

  var C = PL.corrections = {};

  C.anchor = function (text, start, end) {
    return {
      start: start, end: end, text: text.slice(start, end),
      before: text.slice(Math.max(0, start - CONTEXT), start), after: text.slice(end, end + CONTEXT)
    };
  };

  function isWordChar(c) { return !!c && /[\p{L}\p{N}_]/u.test(c); }

  // How many characters of `want` end `have` (context before) / begin it (context after).
  function commonSuffix(have, want) {
    var n = 0;
    while (n < have.length && n < want.length && have.charAt(have.length - 1 - n) === want.charAt(want.length - 1 - n)) n++;
    return n;
  }
  function commonPrefix(have, want) {
    var n = 0;
    while (n < have.length && n < want.length && have.charAt(n) === want.charAt(n)) n++;
    return n;
  }

  // Where the anchor's text stands in `text` now, or -1: where it was, when it is still there
  // with its context; else the nearest place with the same text and context; else, when the
  // context changed (a word edited nearby), the occurrence of the same text whose context matches
  // most, the nearest of equals. An occurrence that would cut a word the anchor did not cut is
  // never taken.
  C.locate = function (text, a) {
    var before = a.before || '';
    var after = a.after || '';
    if (a.start >= before.length && text.slice(a.start, a.end) === a.text &&
        text.slice(a.start - before.length, a.start) === before && text.slice(a.end, a.end + after.length) === after) return a.start;
    var needle = before + a.text + after;
    var best = -1;
    var bestDistance = Infinity;
    var from, tries, k, distance;
    for (from = 0, tries = 0; tries < 10000; tries++) {
      k = text.indexOf(needle, from);
      if (k < 0) break;
      distance = Math.abs(k + before.length - a.start);
      if (distance < bestDistance) { best = k + before.length; bestDistance = distance; }
      from = k + 1;
    }
    if (best >= 0) return best;
    // The text alone, scored by how much of its context is still around it.
    var len = a.text.length;
    var wordStart = isWordChar(a.text.charAt(0)) && !isWordChar(before.slice(-1));
    var wordEnd = isWordChar(a.text.slice(-1)) && !isWordChar(after.charAt(0));
    var bestScore = -1;
    for (from = 0, tries = 0; tries < 10000; tries++) {
      k = text.indexOf(a.text, from);
      if (k < 0) break;
      from = k + 1;
      if (wordStart && isWordChar(text.charAt(k - 1))) continue;
      if (wordEnd && isWordChar(text.charAt(k + len))) continue;
      if (PL.isLow(text.charCodeAt(k)) && PL.isHigh(text.charCodeAt(k - 1))) continue;
      var score = commonSuffix(text.slice(Math.max(0, k - before.length), k), before) +
        commonPrefix(text.slice(k + len, k + len + after.length), after);
      distance = Math.abs(k - a.start);
      if (score > bestScore || (score === bestScore && distance < bestDistance)) { best = k; bestScore = score; bestDistance = distance; }
    }
    return best;
  };

  // How many of the corrections find their text with all its context in `text` (an updated
  // version of the same article keeps most; another article hardly any).
  C.kept = function (text) {
    return state.corrections.filter(function (c) { return text.indexOf((c.at.before || '') + c.at.text + (c.at.after || '')) >= 0; }).length;
  };

  function findAt(list, start, end) {
    for (var i = 0; i < list.length; i++) if (list[i].start === start && list[i].end === end) return i;
    return -1;
  }

  function changed(item, fields) {
    return Object.assign({}, item, fields, { source: 'reader' });
  }

  function insertSorted(list, item) {
    var i = 0;
    while (i < list.length && list[i].start <= item.start) i++;
    list.splice(i, 0, item);
  }

  // The mention that a quote at [start, end) by `name` points at: the nearest before it, else after.
  function speakerMention(r, name, start) {
    var before = null;
    var after = null;
    r.entities.forEach(function (e) {
      if (e.entity !== name) return;
      if (e.start < start) before = e;
      else if (!after) after = e;
    });
    var best = before || after;
    return best ? { start: best.start, end: best.end, text: best.text, entity: name } : null;
  }

  // One correction on `r` (a result whose lists may be changed); true when it applied.
  function applyOne(r, text, c) {
    var pos = C.locate(text, c.at);
    if (pos < 0) return false;
    var start = pos;
    var end = pos + (c.at.end - c.at.start);
    var key = LISTS[c.type];
    var list = r[key];
    if (c.op === 'add') {
      var item;
      if (c.type === 'entity') item = { start: start, end: end, text: c.at.text, kind: c.kind, entity: c.entity || c.at.text };
      else if (c.type === 'quote') {
        item = { start: start, end: end, text: c.at.text, kind: c.kind || 'speech', speaker: null };
        if (c.speaker && item.kind !== 'term') item.speaker = speakerMention(r, c.speaker, start);
      } else {
        item = { start: start, end: end, text: c.at.text, kind: c.kind, value: c.value === undefined ? null : c.value, unit: c.unit || null };
      }
      item.source = 'reader';
      r[key] = list = list.filter(function (x) { return x.end <= start || x.start >= end; });
      insertSorted(list, item);
      return true;
    }
    var i = findAt(list, start, end);
    if (i < 0) return false;
    if (c.op === 'remove') { list.splice(i, 1); return true; }
    var it = list[i];
    if (c.type === 'entity') {
      var name = it.entity;
      if (typeof c.entity === 'string' && c.entity && c.entity !== name) {
        // Mentions that join an entity take its kind (an entity has one), unless this changes it.
        var joined = null;
        list.forEach(function (x) { if (!joined && x.entity === c.entity) joined = x.kind; });
        var moved = [];
        list.forEach(function (x, j) {
          if (j === i || (c.all && x.entity === name)) {
            list[j] = changed(x, joined && !c.kind ? { entity: c.entity, kind: joined } : { entity: c.entity });
            moved.push(x.start + ':' + x.end);
          }
        });
        r.quotes.forEach(function (q, j) {
          if (q.speaker && q.speaker.entity === name && moved.indexOf(q.speaker.start + ':' + q.speaker.end) >= 0) {
            r.quotes[j] = changed(q, { speaker: Object.assign({}, q.speaker, { entity: c.entity }) });
          }
        });
        name = c.entity;
      }
      if (c.kind) {
        list.forEach(function (x, j) { if (x.entity === name && x.kind !== c.kind) list[j] = changed(x, { kind: c.kind }); });
      }
      return true;
    }
    var fields = {};
    if (c.kind) fields.kind = c.kind;
    if (c.type === 'quote') {
      if ((c.kind || it.kind) === 'term') fields.speaker = null; // a term is nobody's words
      else if (c.speaker === null) fields.speaker = null;
      else if (typeof c.speaker === 'string') {
        fields.speaker = speakerMention(r, c.speaker, start);
        if (!fields.speaker) return false;
      }
    } else {
      if (c.value !== undefined) fields.value = c.value;
      if (c.unit !== undefined) fields.unit = c.unit;
    }
    list[i] = changed(it, fields);
    return true;
  }

  // The machine's result with the corrections applied: {result, status} (status[i]: "applied"
  // or "stale"). The machine's result itself is never changed.
  C.apply = function (machine, text, corrections) {
    if (!corrections.length) return { result: machine, status: [] };
    var r = {};
    Object.keys(machine).forEach(function (k) { r[k] = Array.isArray(machine[k]) ? machine[k].slice() : machine[k]; });
    var status = corrections.map(function (c) {
      try { return applyOne(r, text, c) ? 'applied' : 'stale'; } catch (e) { return 'stale'; }
    });
    return { result: r, status: status };
  };

  // Checks a correction read from a file; returns what is wrong with it, or null.
  C.problem = function (c) {
    if (!c || typeof c !== 'object') return 'not an object';
    if (['edit', 'remove', 'add'].indexOf(c.op) < 0) return 'unknown op ' + JSON.stringify(c.op);
    if (!LISTS[c.type]) return 'unknown type ' + JSON.stringify(c.type);
    var a = c.at;
    if (!a || typeof a !== 'object' || !Number.isInteger(a.start) || !Number.isInteger(a.end) || a.start < 0 || a.end <= a.start ||
        typeof a.text !== 'string' || a.text.length !== a.end - a.start) return 'no valid anchor ("at": start, end, text)';
    if ((a.before !== undefined && typeof a.before !== 'string') || (a.after !== undefined && typeof a.after !== 'string')) return 'bad anchor context';
    if (c.kind !== undefined && KINDS[c.type].indexOf(c.kind) < 0) return 'unknown kind ' + JSON.stringify(c.kind);
    if (c.op === 'add' && c.type !== 'quote' && !c.kind) return 'an added item needs a kind';
    if (c.entity !== undefined && typeof c.entity !== 'string') return 'entity is not a string';
    if (c.speaker !== undefined && c.speaker !== null && typeof c.speaker !== 'string') return 'speaker is not a name';
    var v = c.value;
    if (v !== undefined && v !== null && typeof v !== 'string' && !(typeof v === 'number' && isFinite(v)) &&
        !(Array.isArray(v) && v.length === 2 && v.every(function (x) { return typeof x === 'number' && isFinite(x); }))) return 'bad value';
    if (c.unit !== undefined && c.unit !== null && typeof c.unit !== 'string') return 'unit is not a string';
    return null;
  };

  function quoted(s) { return PL.quoted(s, 40); }

  // One line that says what a correction does.
  C.describe = function (c) {
    var what = quoted(c.at.text);
    if (c.op === 'remove') return what + ': highlight removed';
    if (c.op === 'add') {
      if (c.type === 'entity') return what + ': added as ' + c.kind + (c.entity && c.entity !== c.at.text ? ' (' + c.entity + ')' : '');
      if (c.type === 'quote') return what + ': added as ' + (c.kind === 'term' ? 'a term' : 'a quote') + (c.speaker ? ' by ' + c.speaker : '');
      return what + ': added as ' + c.kind + (c.value !== null && c.value !== undefined ? ', value ' + PL.formatValue(c) : '');
    }
    var parts = [];
    if (c.type === 'entity') {
      if (c.entity) parts.push('belongs to ' + c.entity + (c.all ? ' (with all its mentions)' : ''));
      if (c.kind) parts.push('is ' + PL.article(c.kind));
    } else if (c.type === 'quote') {
      if (c.kind) parts.push(c.kind === 'term' ? 'is a term' : 'is a quote');
      if (c.speaker === null) parts.push('has no speaker');
      else if (c.speaker) parts.push('said by ' + c.speaker);
    } else {
      if (c.kind) parts.push('is ' + PL.article(c.kind));
      if (c.value !== undefined) parts.push('value ' + PL.formatValue({ value: c.value, unit: c.unit }));
      else if (c.unit !== undefined) parts.push('unit ' + (c.unit || 'none'));
    }
    return what + ': ' + (parts.join(', ') || 'checked');
  };

  // ---- history --------------------------------------------------------------------------------

  // Puts the focus on the item of `type` at [start, end) once the article is shown again (or on
  // the highlight nearest after it), when the focus was in the article, the menu or nowhere both
  // when the change was made and once it is shown. (Asked when the change is made: a button of
  // the history that the change disables loses the focus to the page's body at once, which is
  // not the reader's focus being nowhere; keepFocus moves it on.)
  function refocus(target, force) {
    var inArticle = function () {
      var active = document.activeElement;
      return !active || active === document.body || els.highlighted.contains(active) || els.menu.contains(active);
    };
    var wasInArticle = inArticle();
    return function () {
      if (!target || !(force || wasInArticle && inArticle())) return;
      var list = state.result[LISTS[target.type]] || [];
      var i = findAt(list, target.start, target.end);
      var node = i >= 0 ? state[target.type + 'Els'][i] : null;
      if (!node) {
        var marks = els.highlighted.querySelectorAll('.hl');
        for (var k = 0; k < marks.length && !node; k++) {
          var info = marks[k].presslightItem;
          if (info && info.item.start >= target.start) node = marks[k];
        }
      }
      (node || els.highlighted).focus({ preventScroll: true });
      if (node) node.scrollIntoView({ block: 'nearest' });
    };
  }

  // The corrections are now `list`: kept, applied (the article shown again) and said in the
  // status line (after the article is shown, whose own status line it replaces).
  function changedTo(list, focusTarget, force, message) {
    state.corrections = list;
    if (PL.saveCorrections) PL.saveCorrections();
    PL.closeMenu(true);
    if (state.machine && state.shownVersion === state.version) {
      var focus = refocus(focusTarget, force);
      PL.rerender(function () { focus(); PL.setStatus(message); });
    } else {
      C.show();
      PL.setStatus(message);
    }
  }

  // Where a correction's item stands in the shown text (for the focus), or null.
  function targetOf(c) {
    if (!c || !state.text) return null;
    var pos = C.locate(state.text, c.at);
    return pos < 0 ? null : { type: c.type, start: pos, end: pos + c.at.end - c.at.start };
  }

  // Adds one correction (one step of undo); the focus goes to its item.
  C.add = function (c) {
    state.undoStack.push(state.corrections);
    if (state.undoStack.length > HISTORY) state.undoStack.shift();
    state.redoStack = [];
    changedTo(state.corrections.concat([c]), targetOf(c), true, 'Corrected: ' + C.describe(c) + '.');
  };

  // After Undo, Redo or Clear corrections has become disabled under the focus, the focus goes to
  // the other of Undo / Redo, else to the corrections' heading (never lost to the page's body).
  function keepFocus(from) {
    if (document.activeElement !== from && !(from && document.activeElement === document.body)) return;
    C.buttons();
    if (!from.disabled) return;
    var to = from === els.undo ? els.redo : from === els.redo ? els.undo : null;
    if (to && !to.disabled) to.focus();
    else if (!els.undo.disabled) els.undo.focus();
    else { els.correctionsHeading.tabIndex = -1; els.correctionsHeading.focus(); }
  }

  // Which buttons of the history can be used now.
  C.buttons = function () {
    els.undo.disabled = !state.undoStack.length;
    els.redo.disabled = !state.redoStack.length;
    els.clearCorrections.disabled = !state.corrections.length;
  };

  // The state an article replaced another (with corrections) from: undoing it brings back that
  // article, its date and its corrections with their history.
  function articleSnapshot(text) {
    return {
      article: typeof text === 'string' ? text : els.article.value, date: state.dateIsAuto ? null : els.date.value || null,
      corrections: state.corrections, undoStack: state.undoStack, redoStack: state.redoStack
    };
  }

  C.undo = function () {
    if (!state.undoStack.length) return;
    var active = document.activeElement;
    var top = state.undoStack[state.undoStack.length - 1];
    if (!Array.isArray(top)) { restoreArticle(top, active); return; }
    var undone = state.corrections;
    state.redoStack.push(undone);
    var list = state.undoStack.pop();
    var last = undone.length > list.length ? undone[undone.length - 1] : null;
    changedTo(list, targetOf(last), false, last ? 'Undone: ' + C.describe(last) + '.' : 'Undone.');
    keepFocus(active === els.undo ? els.undo : null);
  };

  C.redo = function () {
    if (!state.redoStack.length) return;
    var active = document.activeElement;
    var top = state.redoStack[state.redoStack.length - 1];
    if (!Array.isArray(top)) { restoreArticle(top, active, true); return; }
    state.undoStack.push(state.corrections);
    var list = state.redoStack.pop();
    var last = list.length > state.corrections.length ? list[list.length - 1] : null;
    changedTo(list, targetOf(last), false, last ? 'Redone: ' + C.describe(last) + '.' : 'Redone.');
    keepFocus(active === els.redo ? els.redo : null);
  };

  C.clear = function () {
    if (!state.corrections.length) return;
    var active = document.activeElement;
    var n = state.corrections.length;
    state.undoStack.push(state.corrections);
    state.redoStack = [];
    changedTo([], null, false, 'Cleared ' + PL.plural(n, 'correction') + ' (Undo brings them back).');
    keepFocus(active === els.clearCorrections ? els.clearCorrections : null);
  };

  // A new article (a sample, a file, a session, an empty box): its own corrections, a fresh
  // history. When the article it replaces had corrections, that article and its corrections can
  // be brought back with Undo (one step), and `reset` says so: it returns the number set aside.
  C.reset = function (list, replacing) {
    // An article replaced by the buttons can come back with Undo even without corrections (a
    // pasted text the reader did not save); `reset` still returns the corrections set aside.
    var before = replacing && (state.corrections.length || els.article.value.trim()) ? articleSnapshot() : null;
    if (replacing && typeof replacing === 'object') before = replacing.corrections.length ? replacing : null;
    state.corrections = list || [];
    state.correctionStatus = [];
    state.undoStack = before ? [before] : [];
    state.redoStack = [];
    if (PL.saveCorrections) PL.saveCorrections();
    C.show();
    return before ? before.corrections.length : 0;
  };
  C.snapshot = articleSnapshot;

  // Whether the last step of the history set aside the corrections of exactly `text`.
  C.setAsideFor = function (text) {
    var top = state.undoStack[state.undoStack.length - 1];
    return !!top && !Array.isArray(top) && top.corrections.length > 0 && top.article === text;
  };

  // Takes back the corrections set aside with the article now in the box again (its text is
  // already there: only the corrections, the date and their history return).
  C.bringBack = function () {
    var top = state.undoStack.pop();
    var n = top.corrections.length;
    state.corrections = top.corrections;
    state.correctionStatus = [];
    state.undoStack = top.undoStack.slice();
    state.redoStack = top.redoStack.slice();
    if (top.date) { els.date.value = top.date; state.dateIsAuto = false; }
    if (PL.saveCorrections) PL.saveCorrections();
    C.show();
    state.pendingStatus = 'The text is back, and with it its ' + PL.plural(n, 'correction') + '.';
  };

  // Undo (forward false) brings back the article a replacement set aside; the article left then
  // goes on the redo stack, whole, so that Redo brings it back in turn (forward true).
  function restoreArticle(snapshot, active, forward) {
    var n = snapshot.corrections.length;
    var left = articleSnapshot();
    // Leave out the snapshot being restored itself (the top of the stack it came from).
    if (forward) left.redoStack = left.redoStack.slice(0, -1);
    else left.undoStack = left.undoStack.slice(0, -1);
    PL.loadArticle(snapshot.article, { date: snapshot.date, corrections: snapshot.corrections, keep: true });
    state.undoStack = snapshot.undoStack.slice();
    state.redoStack = snapshot.redoStack.slice();
    if (forward) state.undoStack.push(left);
    else state.redoStack.push(left);
    C.show();
    state.pendingStatus = (forward ? 'Brought back the newer article' : 'Brought back the previous article') +
      (n ? ' and its ' + PL.plural(n, 'correction') : '') + (forward ? '.' : ' (Redo returns to the one you left).');
    var button = forward ? els.redo : els.undo;
    keepFocus(active === button ? button : null);
  }

  // ---- the count and the list -------------------------------------------------------------------

  C.show = function () {
    var list = state.corrections;
    var status = state.correctionStatus;
    var stale = status.filter(function (s) { return s === 'stale'; }).length;
    els.correctionsCount.textContent = list.length ? PL.plural(list.length, 'correction') + (stale ? ' (' + stale + ' no longer ' + (stale === 1 ? 'matches' : 'match') + ')' : '') : 'none yet';
    els.correctionsTotal.textContent = list.length ? '(' + list.length + ')' : '';
    C.buttons();
    var panel = els.correctionsPanel;
    panel.replaceChildren();
    if (!list.length) {
      panel.appendChild(el('p', 'empty', 'None yet. Click a highlight (or focus it and press Enter) to correct it; select text in the article to mark what was missed.'));
      return;
    }
    var ol = el('ol', 'corrections-list');
    list.forEach(function (c, i) {
      var li = el('li');
      var isStale = status[i] === 'stale';
      li.dataset.status = status[i] || 'pending';
      var target = isStale ? null : targetOf(c);
      if (target) {
        var b = el('button', 'item', C.describe(c));
        b.type = 'button';
        b.addEventListener('click', function () {
          var items = state.result[LISTS[target.type]];
          var k = findAt(items, target.start, target.end);
          if (k >= 0 && state[target.type + 'Els'][k]) PL.reveal(state[target.type + 'Els'][k]);
        });
        li.appendChild(b);
      } else {
        li.appendChild(el('span', 'item', C.describe(c)));
      }
      if (isStale) li.appendChild(el('span', 'stale', ' no longer matches the text: not applied'));
      ol.appendChild(li);
    });
    panel.appendChild(ol);
  };

  C.LISTS = LISTS;
  C.findAt = findAt;
})();
