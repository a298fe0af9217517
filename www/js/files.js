// presslight page: articles from files and from web pages. A .txt or .md file is read as it is;
// an .html file is reduced to its text with its paragraphs kept (DOMParser makes an inert
// document: nothing in it runs or loads; scripts, styles and the like are dropped; only text is
// taken out of it); a presslight session (.json) opens as a session. Pasting from a web page
// keeps the paragraph breaks that the browser's plain text would lose.
'use strict';
(function () {
  var PL = self.Presslight;
  var els = PL.els;
  var FILE_LIMIT = 20 * 1024 * 1024; // bytes

  var DROP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS',
    'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'META', 'LINK', 'NAV', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'IMG', 'PICTURE']);
  var BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE',
    'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'PRE', 'HR',
    'ADDRESS', 'DETAILS', 'SUMMARY', 'CAPTION', 'BODY', 'CENTER']);
  var BREAK = {}; // a paragraph break, in the list of pieces

  // Before parsing, the HTML loses its scripts, its style sheets and every attribute (event
  // handlers, styles, sources): DOMParser's document is inert anyway (nothing in it runs or loads),
  // but the browser would still check handlers and styles against the page's security policy and
  // report each one. A tag this does not recognise stays as it was, as inert as the rest. (No
  // two ways to read one tag, so that the expression never backtracks for long.)
  var RAW_BLOCK = /<(script|style)\b[\s\S]*?<\/\1[^>]*>/gi;
  var SP = '[\\t\\n\\f\\r /]';
  var TAG = new RegExp('<(/?[A-Za-z][^\\t\\n\\f\\r />]*)(?:' + SP + '+[^\\t\\n\\f\\r />"\'=][^\\t\\n\\f\\r />=]*' +
    '(?:[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*(?:"[^"]*"|\'[^\']*\'|[^\\t\\n\\f\\r >/"\'][^\\t\\n\\f\\r >/]*))?)*' + SP + '*>', 'g');

  // The text of an HTML document, a paragraph per block, a line per <br>.
  PL.htmlToText = function (html) {
    var bare = String(html).replace(RAW_BLOCK, ' ').replace(TAG, '<$1>');
    var doc = new DOMParser().parseFromString(bare, 'text/html');
    var pieces = [];
    function walk(node, pre) {
      if (node.nodeType === 3) {
        var data = node.data.replace(/[\u0001\u0002]/g, '');
        // Spaces and tabs of preformatted text are kept as they are (marked through the clean-up).
        pieces.push(pre ? data.replace(/ /g, '\u0001').replace(/\t/g, '\u0002') : data.replace(/[ \t\r\n\f]+/g, ' '));
        return;
      }
      if (node.nodeType !== 1) return;
      var tag = node.tagName.toUpperCase();
      if (DROP.has(tag)) return;
      if (tag === 'BR') { pieces.push('\n'); return; }
      if (tag === 'TD' || tag === 'TH') pieces.push(' ');
      var block = BLOCK.has(tag);
      if (block) pieces.push(BREAK);
      for (var c = node.firstChild; c; c = c.nextSibling) walk(c, pre || tag === 'PRE');
      if (block) pieces.push(BREAK);
    }
    if (doc.body) walk(doc.body, false);
    var out = '';
    var pendingBreak = false;
    pieces.forEach(function (p) {
      if (p === BREAK) { pendingBreak = true; return; }
      if (pendingBreak && out && p.trim()) { out = out.replace(/[ \t]+$/, '') + '\n\n'; pendingBreak = false; p = p.replace(/^[ \t]+/, ''); }
      else if (pendingBreak && !out) { pendingBreak = false; p = p.replace(/^\s+/, ''); }
      out += p;
    });
    return out.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/\u00a0/g, ' ').trim()
      .replace(/\u0001/g, ' ').replace(/\u0002/g, '\t');
  };

  function paragraphBreaks(s) { return (s.match(/\n[ \t]*\n/g) || []).length; }

  // Pasting: when the page's HTML has more paragraphs than its plain text, the HTML's text goes
  // in (through the text box's own editing, so that Ctrl+Z in the box still undoes it).
  function onPaste(event) {
    var data = event.clipboardData;
    if (!data) return;
    var html = data.getData('text/html');
    if (!html) return;
    var plain = data.getData('text/plain') || '';
    var text = PL.htmlToText(html);
    if (!text.trim() || paragraphBreaks(text) <= paragraphBreaks(plain)) return;
    event.preventDefault();
    var a = els.article;
    a.focus();
    if (!document.execCommand || !document.execCommand('insertText', false, text)) {
      a.setRangeText(text, a.selectionStart, a.selectionEnd, 'end');
      a.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }

  function isHtml(file) { return /\.x?html?$/i.test(file.name) || file.type === 'text/html'; }
  function isSession(file) { return /\.json$/i.test(file.name) || file.type === 'application/json'; }

  // Opens a dropped or picked file as the article (or a session); says so when it cannot.
  PL.openFile = function (file) {
    if (!file) return;
    if (isSession(file)) { PL.openSessionFile(file); return; }
    if (!/\.(txt|text|md|markdown|x?html?)$/i.test(file.name) && !/^text\//.test(file.type)) {
      PL.setStatus('Could not open ' + file.name + ': presslight opens .txt, .md and .html articles and .json sessions. Nothing was changed.');
      return;
    }
    if (file.size > FILE_LIMIT) { PL.setStatus('Could not open ' + file.name + ': it is larger than 20 MB. Nothing was changed.'); return; }
    PL.setStatus('Opening ' + file.name + '…');
    file.text().then(function (raw) {
      if (raw.indexOf('\u0000') >= 0) { PL.setStatus('Could not open ' + file.name + ': it is not a text file. Nothing was changed.'); return; }
      var text = isHtml(file) ? PL.htmlToText(raw) : raw.replace(/^\ufeff/, '');
      if (!text.trim()) { PL.setStatus('Could not open ' + file.name + ': it has no text. Nothing was changed.'); return; }
      PL.confirmReplace('The file ' + file.name, function () { PL.loadArticle(text, {}); });
    }, function () { PL.setStatus('Could not read ' + file.name + '. Nothing was changed.'); });
  };

  function hasFiles(event) {
    var types = event.dataTransfer && event.dataTransfer.types;
    return !!types && Array.prototype.indexOf.call(types, 'Files') >= 0;
  }

  PL.initFiles = function () {
    els.article.addEventListener('paste', onPaste);
    els.openFile.addEventListener('click', function () { els.openFileInput.click(); });
    els.openFileInput.addEventListener('change', function () {
      var file = els.openFileInput.files[0];
      els.openFileInput.value = '';
      PL.openFile(file);
    });
    els.openSession.addEventListener('click', function () { els.openSessionInput.click(); });
    els.openSessionInput.addEventListener('change', function () {
      var file = els.openSessionInput.files[0];
      els.openSessionInput.value = '';
      if (file) PL.openSessionFile(file);
    });
    // A file dropped anywhere on the page opens (the browser would otherwise navigate to it).
    document.addEventListener('dragover', function (event) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      document.body.classList.add('dropping');
    });
    document.addEventListener('dragleave', function (event) {
      if (!event.relatedTarget) document.body.classList.remove('dropping');
    });
    document.addEventListener('drop', function (event) {
      document.body.classList.remove('dropping');
      if (!hasFiles(event)) return;
      event.preventDefault();
      PL.openFile(event.dataTransfer.files[0]);
    });
  };
})();
