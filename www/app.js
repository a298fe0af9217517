// presslight page, the main part: reads the article, asks the analysis worker for its entities,
// quotes and figures, and wires the page together. The other parts, loaded before it (see
// index.html; all classic scripts, so the page also works from file://), under `Presslight`:
//   js/base.js         the elements, the state, small helpers
//   js/engine.js       the analysis worker (wasm in a Blob worker) and the test hook
//   js/render.js       the highlighted article
//   js/panels.js       the side panels, moving around the text, the tooltip
//   js/corrections.js  the reader's corrections: applying them, undo / redo, their list
//   js/menu.js         the correction menu on a highlight or a selection
//   js/exports.js      JSON, CSV, annotated HTML, copy
//   js/storage.js      the kept article, session files
//   js/files.js        opening .txt / .md / .html files, pasting from web pages
'use strict';
(function () {
  var PL = self.Presslight;
  var els = PL.els;
  var state = PL.state;
  var engine = PL.engine;

  var userDate = PL.userDate;

  // Every change of the input gets a new version; the article pane and the text area carry the
  // version they show, so tests (and curious readers) can tell a current result from a stale one.
  function bumpVersion() {
    state.version++;
    els.article.dataset.version = String(state.version);
  }

  // Most of the article replaced at once (all of it selected and another pasted over it): a new
  // article, which the corrections of the old one are not for; unless it is a new version of the
  // same article, where most of them still find their text and its context.
  function replacedMostOf(before, after) {
    var n = Math.min(before.length, after.length);
    var p = 0;
    while (p < n && before.charCodeAt(p) === after.charCodeAt(p)) p++;
    var q = 0;
    while (q < n - p && before.charCodeAt(before.length - 1 - q) === after.charCodeAt(after.length - 1 - q)) q++;
    return before.trim().length > 0 && p + q < before.length / 4;
  }

  function onInput() {
    bumpVersion();
    clearTimeout(state.debounceTimer);
    var text = els.article.value;
    var before = state.inputText;
    state.inputText = text;
    if (state.corrections.length && replacedMostOf(before, text) && PL.corrections.kept(text) * 2 < state.corrections.length) {
      var n = PL.corrections.reset([], PL.corrections.snapshot(before));
      setAsideSaid(n, text.trim() ? 'A new article' : 'The text is cleared');
    } else if (!state.corrections.length && PL.corrections.setAsideFor(text)) {
      // The text box's own undo (Ctrl+Z after a select-all and delete) brought back the very
      // text whose corrections were set aside: they come back with it.
      PL.corrections.bringBack();
    }
    PL.scheduleSave();
    if (!text.trim()) {
      engine.dropStaleAnalyses();
      showEmpty();
      if (state.pendingStatus) { PL.setStatus(state.pendingStatus); state.pendingStatus = null; }
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
    engine.dropStaleAnalyses();
    markBusy();
    clearTimeout(state.progressTimer);
    var started = performance.now();
    // After a moment, a progress state, with the seconds spent (not announced every second).
    var tick = function () {
      if (version !== state.version || els.highlighted.dataset.state !== 'busy') return;
      if (els.progress.hidden) {
        els.progress.hidden = false;
        PL.setStatus('Analysing ' + describeSize(text.length) + '…');
      }
      var seconds = Math.floor((performance.now() - started) / 1000);
      els.elapsed.textContent = seconds >= 1 ? seconds + ' s' : '';
      state.progressTimer = setTimeout(tick, 1000);
    };
    state.progressTimer = setTimeout(tick, 150);
    engine.ask({ text: text, date: date }, 'analysis', function (reply) {
      if (version !== state.version) return; // stale: a newer input is on its way
      if (reply.error) {
        clearTimeout(state.progressTimer);
        els.progress.hidden = true;
        els.elapsed.textContent = '';
        els.highlighted.removeAttribute('aria-busy');
        els.highlighted.dataset.state = 'error';
        PL.setStatus('Could not analyse the article: ' + reply.error);
        return;
      }
      PL.render(text, date, reply.result, reply.ms, version);
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

  function showEmpty() {
    PL.cancelRender();
    PL.closeMenu(true);
    clearTimeout(state.progressTimer);
    els.progress.hidden = true;
    els.elapsed.textContent = '';
    state.text = '';
    state.result = null;
    state.machine = null;
    PL.clearFocus();
    els.highlighted.replaceChildren();
    els.highlighted.hidden = true;
    els.highlighted.removeAttribute('aria-busy');
    els.highlighted.dataset.state = 'empty';
    els.hint.hidden = false;
    PL.setStatus('');
    if (state.dateIsAuto) els.date.value = '';
    PL.updateCounts(null);
    PL.buildPanels(null, '');
    PL.corrections.show();
    PL.setExportEnabled(false);
  }

  // Says (once the new article is shown) that the corrections of the one it replaced are set
  // aside, and that Undo brings them back.
  function setAsideSaid(n, what) {
    if (!n) return;
    state.pendingStatus = what + ': the previous article’s ' + PL.plural(n, 'correction') + (n === 1 ? ' is' : ' are') +
      ' set aside. Undo brings that article back with ' + (n === 1 ? 'it' : 'them') + '.';
  }

  // A new article (the sample, a file, a session, an empty box): its text, its date (null: from
  // the dateline) and its corrections, with a fresh history of undo. The corrections of the
  // article it replaces are not lost: Undo brings that article back with them (options.keep:
  // this is that undo).
  PL.loadArticle = function (text, options) {
    options = options || {};
    PL.closeMenu(true);
    var hadText = !options.keep && els.article.value.trim() && els.article.value !== text;
    var n = PL.corrections.reset(options.corrections || [], !options.keep);
    setAsideSaid(n, text.trim() ? 'A new article' : 'The text is cleared');
    if (!n && hadText) {
      state.pendingStatus = (text.trim() ? 'A new article' : 'The text is cleared') + ': Undo brings the previous one back.';
    }
    els.article.value = text;
    state.inputText = text;
    state.dateIsAuto = !options.date;
    els.date.value = options.date || '';
    onInput();
  };

  // Before the buttons (Clear text, Try a sample, a file, a session) replace an article that has
  // corrections, a modal dialog asks (Keep it, the default and Escape; or Replace it). Replacing
  // can still be undone: Undo brings the article back with its corrections.
  var confirmPending = null;
  PL.confirmReplace = function (what, proceed) {
    var n = state.corrections.length;
    // A second request while the dialog is open (a file dropped on it) waits for no answer: the
    // first question stands.
    if (els.confirm.open) { PL.setStatus('Answer the open question first.'); return; }
    if (!n || !els.article.value.trim()) { proceed(); return; }
    confirmPending = { proceed: proceed, back: document.activeElement };
    els.confirmText.textContent = what + ' replaces this article and its ' + PL.plural(n, 'correction') +
      '. Undo brings them back afterwards; to keep them for later, save a session first.';
    els.confirmYes.textContent = what === 'Clear text' ? 'Clear it' : 'Replace it';
    els.confirm.showModal();
    els.confirmKeep.focus();
  };
  function confirmDone(yes) {
    var pending = confirmPending;
    confirmPending = null;
    if (els.confirm.open) els.confirm.close();
    if (!pending) return;
    if (yes) pending.proceed();
    else {
      PL.setStatus('Nothing was replaced.');
      if (pending.back && document.contains(pending.back)) pending.back.focus();
    }
  }

  function init() {
    els.sample.addEventListener('click', function () {
      PL.confirmReplace('The sample', function () {
        PL.loadArticle(typeof self.PRESSLIGHT_SAMPLE === 'string' ? self.PRESSLIGHT_SAMPLE : '');
      });
    });
    els.clearText.addEventListener('click', function () {
      PL.confirmReplace('Clear text', function () { PL.loadArticle(''); els.article.focus(); });
    });
    els.confirmKeep.addEventListener('click', function () { confirmDone(false); });
    els.confirmYes.addEventListener('click', function () { confirmDone(true); });
    els.confirm.addEventListener('cancel', function (event) { event.preventDefault(); confirmDone(false); });
    els.article.addEventListener('input', onInput);
    els.date.addEventListener('change', function () {
      state.dateIsAuto = !els.date.value;
      PL.scheduleSave();
      if (els.article.value.trim()) { bumpVersion(); analyzeNow(); }
    });
    els.forget.addEventListener('click', PL.forgetArticle);
    els.search.addEventListener('input', PL.applySearch);
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
      b.addEventListener('click', function () { PL.onExport(b.dataset.export); });
    });
    els.focusNext.addEventListener('click', function () { PL.stepFocus(1); });
    els.focusPrev.addEventListener('click', function () { PL.stepFocus(-1); });
    els.focusClear.addEventListener('click', PL.clearFocus);
    document.addEventListener('keydown', PL.onFocusKey);
    // Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) undo and redo corrections, except in a field, whose own
    // undo they stay.
    document.addEventListener('keydown', function (event) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || PL.isTyping(event.target) || els.confirm.open) return;
      var key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) { PL.corrections.undo(); event.preventDefault(); }
      else if ((key === 'z' && event.shiftKey) || key === 'y') { PL.corrections.redo(); event.preventDefault(); }
    });
    els.undo.addEventListener('click', PL.corrections.undo);
    els.redo.addEventListener('click', PL.corrections.redo);
    els.clearCorrections.addEventListener('click', PL.corrections.clear);
    els.saveSession.addEventListener('click', PL.saveSession);
    els.highlighted.addEventListener('mouseover', function (event) { var m = PL.hlFrom(event); if (m) PL.showTooltip(m); });
    els.highlighted.addEventListener('mouseout', function () { els.tooltip.hidden = true; });
    els.highlighted.addEventListener('focusin', function (event) { var m = PL.hlFrom(event); if (m && els.menu.hidden) PL.showTooltip(m); });
    els.highlighted.addEventListener('focusout', function () { els.tooltip.hidden = true; });
    els.highlighted.addEventListener('scroll', function () { els.tooltip.hidden = true; });
    PL.initMenu();
    PL.initFiles();

    engine.start();
    if (engine.failed) PL.setStatus(engine.failed);

    var kept = PL.keptArticle();
    if (kept && !els.article.value) {
      els.article.value = kept.text;
      if (kept.date) { els.date.value = kept.date; state.dateIsAuto = false; }
      PL.corrections.reset(kept.corrections);
      els.storageNote.hidden = false;
    }
    state.inputText = els.article.value;
    PL.corrections.show();
    bumpVersion();
    if (els.article.value.trim()) analyzeNow(); else showEmpty();
  }

  init();
})();
