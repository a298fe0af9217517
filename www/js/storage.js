// presslight page: what is kept. The last article and its corrections in the browser's local
// storage (the page says so, with a button to forget them), and session files: the text, the
// date and the corrections as JSON, saved and opened by the reader, never sent anywhere.
'use strict';
(function () {
  var PL = self.Presslight;
  var els = PL.els;
  var state = PL.state;
  var STORAGE_KEY = 'presslight.article';
  var CORRECTIONS_KEY = 'presslight.corrections';
  var DATE_KEY = 'presslight.date'; // the date the reader set (none when it comes from the dateline)
  var STORE_LIMIT = 2000000; // characters; longer texts are not kept
  var SESSION_LIMIT = 50 * 1024 * 1024; // bytes of a session file

  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  PL.scheduleSave = function () {
    clearTimeout(state.saveTimer);
    state.saveTimer = setTimeout(saveArticle, 800);
  };

  function saveArticle() {
    var s = storage();
    if (!s) return;
    var text = els.article.value;
    try {
      if (!text.trim() || text.length > STORE_LIMIT) { s.removeItem(STORAGE_KEY); s.removeItem(CORRECTIONS_KEY); s.removeItem(DATE_KEY); }
      else {
        s.setItem(STORAGE_KEY, text);
        var date = PL.userDate();
        if (date) s.setItem(DATE_KEY, date); else s.removeItem(DATE_KEY);
        PL.saveCorrections();
      }
    } catch (e) { /* full or forbidden: keep nothing */ }
    els.storageNote.hidden = !(text.trim() && text.length <= STORE_LIMIT && s.getItem(STORAGE_KEY) !== null);
  }

  // The corrections go with the kept article (and only while there is one).
  PL.saveCorrections = function () {
    var s = storage();
    if (!s) return;
    try {
      if (!state.corrections.length || s.getItem(STORAGE_KEY) === null) s.removeItem(CORRECTIONS_KEY);
      else s.setItem(CORRECTIONS_KEY, JSON.stringify(state.corrections));
    } catch (e) { /* full or forbidden: keep nothing */ }
  };

  PL.forgetArticle = function () {
    var s = storage();
    clearTimeout(state.saveTimer);
    try { if (s) { s.removeItem(STORAGE_KEY); s.removeItem(CORRECTIONS_KEY); s.removeItem(DATE_KEY); } } catch (e) { /* nothing kept */ }
    els.storageNote.hidden = true;
    PL.setStatus('The article and your corrections are no longer kept in this browser.');
  };

  // The kept article and its corrections, or null.
  PL.keptArticle = function () {
    var s = storage();
    try {
      var text = s ? s.getItem(STORAGE_KEY) : null;
      if (!text) return null;
      var corrections = [];
      var raw = s.getItem(CORRECTIONS_KEY);
      if (raw) {
        var parsed = JSON.parse(raw);
        if (Array.isArray(parsed) && parsed.every(function (c) { return !PL.corrections.problem(c); })) corrections = parsed;
      }
      var date = s.getItem(DATE_KEY);
      return { text: text, corrections: corrections, date: date && PL.isoDay(date) ? date : null };
    } catch (e) { return null; }
  };

  // ---- session files --------------------------------------------------------------------------

  PL.saveSession = function () {
    var text = els.article.value;
    if (!text.trim()) { PL.setStatus('There is no article to save.'); return; }
    var session = {
      presslight: 'session',
      version: 1,
      saved: new Date().toISOString(),
      offsets: 'utf16',
      text: text,
      date: PL.userDate(),
      corrections: state.corrections
    };
    PL.download('presslight-session.json', 'application/json', JSON.stringify(session, null, 1) + '\n');
    PL.setStatus('Saved the article' + (state.corrections.length ? ' and ' + PL.plural(state.corrections.length, 'correction') : '') +
      ' as presslight-session.json.');
  };

  // Reads a session from JSON text; returns {text, date, corrections} or throws an Error that
  // says what is wrong.
  PL.parseSession = function (raw) {
    var s;
    try { s = JSON.parse(raw); } catch (e) { throw new Error('it is not JSON (' + e.message + ')'); }
    if (!s || typeof s !== 'object' || s.presslight !== 'session') throw new Error('it is not a presslight session file (no "presslight": "session")');
    if (s.version !== 1) throw new Error('its version ' + JSON.stringify(s.version) + ' is not one this page reads (1)');
    if (typeof s.text !== 'string' || !s.text.trim()) throw new Error('it has no article text');
    if (s.date !== null && s.date !== undefined && (typeof s.date !== 'string' || !PL.isoDay(s.date))) throw new Error('its date is not YYYY-MM-DD');
    if (!Array.isArray(s.corrections)) throw new Error('it has no list of corrections');
    s.corrections.forEach(function (c, i) {
      var problem = PL.corrections.problem(c);
      if (problem) throw new Error('correction ' + (i + 1) + ': ' + problem);
    });
    return { text: s.text, date: s.date || null, corrections: s.corrections };
  };

  // Opens a session file (a File); on a bad file, says why and changes nothing.
  PL.openSessionFile = function (file) {
    if (file.size > SESSION_LIMIT) { PL.setStatus('Could not open ' + file.name + ': it is too large for a session file.'); return; }
    file.text().then(function (raw) {
      var session;
      try { session = PL.parseSession(raw); } catch (e) {
        PL.setStatus('Could not open ' + file.name + ': ' + e.message + '. Nothing was changed.');
        return;
      }
      PL.confirmReplace('The session ' + file.name, function () {
        PL.loadArticle(session.text, { date: session.date, corrections: session.corrections });
        PL.setStatus('Opened the session ' + file.name + '.');
      });
    }, function () { PL.setStatus('Could not read ' + file.name + '. Nothing was changed.'); });
  };
})();
