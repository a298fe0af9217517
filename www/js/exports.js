// presslight page: exports of what is shown, the reader's corrections included. JSON in the
// CLI's schema (offsets in Unicode code points), CSV of entities, quotes and figures, the
// annotated article as a standalone HTML file, and the JSON on the clipboard. Items that the
// reader made or changed say `"source": "reader"` (a `source` column in the CSVs); the
// machine's items carry no `source` in the JSON (so that an uncorrected export is exactly what
// the CLI prints) and "machine" in the CSVs.
'use strict';
(function () {
  var PL = self.Presslight;
  var els = PL.els;
  var state = PL.state;
  var el = PL.el;

  PL.setExportEnabled = function (on) {
    document.querySelectorAll('[data-export]').forEach(function (b) { b.disabled = !on; });
  };

  PL.download = function (name, type, content) {
    var url = URL.createObjectURL(new Blob([content], { type: type }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 30000);
  };

  // UTF-16 offset -> code-point offset in `text`.
  function codePoints(text) {
    var pairs = []; // offsets of the second halves of surrogate pairs
    for (var i = 1; i < text.length; i++) {
      if (PL.isLow(text.charCodeAt(i)) && PL.isHigh(text.charCodeAt(i - 1))) pairs.push(i);
    }
    return function (o) {
      if (typeof o !== 'number' || !pairs.length) return o;
      var lo = 0;
      var hi = pairs.length;
      while (lo < hi) { var mid = (lo + hi) >> 1; if (pairs[mid] < o) lo = mid + 1; else hi = mid; }
      return o - lo;
    };
  }

  // The shown result in the CLI's schema: same fields in the same order, offsets in code points.
  PL.exportResult = function () {
    var r = state.result;
    var cp = codePoints(state.text);
    function item(x) {
      var out = {};
      Object.keys(x).forEach(function (k) {
        var v = x[k];
        if (k === 'start' || k === 'end') out[k] = cp(v);
        else if (k === 'speaker' && v) out[k] = item(v);
        else out[k] = v;
      });
      return out;
    }
    var out = {};
    Object.keys(r).forEach(function (k) { out[k] = Array.isArray(r[k]) ? r[k].map(item) : r[k]; });
    return out;
  };

  function csvCell(value) {
    if (value === null || value === undefined) return '';
    var s = Array.isArray(value) ? value.join('..') : String(value);
    if (typeof value === 'string' && /^[=+@\t\r]/.test(s)) s = "'" + s; // no formulas in spreadsheets
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function csv(header, rows) {
    return [header].concat(rows).map(function (r) { return r.map(csvCell).join(','); }).join('\r\n') + '\r\n';
  }

  function source(x) { return x.source === 'reader' ? 'reader' : 'machine'; }

  function entitiesCsv(r) {
    return csv(['start', 'end', 'text', 'kind', 'entity', 'source'], r.entities.map(function (e) { return [e.start, e.end, e.text, e.kind, e.entity, source(e)]; }));
  }

  function quotesCsv(r) {
    return csv(['start', 'end', 'text', 'kind', 'speaker', 'speaker_start', 'speaker_end', 'speaker_entity', 'source'], r.quotes.map(function (q) {
      var s = q.speaker;
      return [q.start, q.end, q.text, q.kind, s ? s.text : null, s ? s.start : null, s ? s.end : null, s ? s.entity : null, source(q)];
    }));
  }

  function figuresCsv(r) {
    return csv(['start', 'end', 'text', 'kind', 'value', 'unit', 'counts', 'source'], r.figures.map(function (f) {
      return [f.start, f.end, f.text, f.kind, f.value, f.unit, f.counts, source(f)];
    }));
  }

  // The annotated article as a standalone HTML file: our own markup around a copy of the
  // highlighted article (its text was only ever text nodes, so serializing escapes it).
  function annotatedHtml() {
    var legend = el('p', 'legend labels');
    PL.KINDS.forEach(function (k) {
      var s = el('mark', 'hl', k);
      s.dataset.kind = k;
      legend.appendChild(s);
      legend.appendChild(document.createTextNode(' '));
    });
    var article = el('article', 'labels');
    els.highlighted.childNodes.forEach(function (n) { article.appendChild(n.cloneNode(true)); });
    var yours = 0;
    article.querySelectorAll('.hl').forEach(function (m) {
      m.removeAttribute('tabindex');
      m.classList.remove('selected', 'current', 'flash');
      if (m.dataset.source === 'reader') yours++;
    });
    var date = (state.result && state.result.date) || state.date; // the dateline's, or the one set
    var note = el('p', 'note', 'Annotated by presslight' + (date ? ' (article date ' + date + ')' : '') +
      '. The highlights are machine-made' + (yours ? ', ' + PL.plural(yours, 'highlight') + ' made or changed by the reader (marked ✎)' : '') +
      ': check them against the text.');
    var css = 'body{font:16px/1.9 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1b1b1f;background:#fff}' +
      'article{white-space:pre-wrap;overflow-wrap:anywhere}.note{color:#4d4d57;font-size:.875rem}' + (self.PRESSLIGHT_EXPORT_CSS || '');
    return '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
      '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">\n' +
      '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
      '<title>presslight: annotated article</title>\n<style>' + css + '</style>\n</head>\n<body>\n' +
      legend.outerHTML + '\n' + article.outerHTML + '\n' + note.outerHTML + '\n</body>\n</html>\n';
  }

  PL.onExport = function (kind) {
    if (!state.result) return;
    if (kind === 'html') {
      PL.download('presslight-article.html', 'text/html', annotatedHtml());
      PL.setStatus('Saved the annotated article as presslight-article.html.');
      return;
    }
    var r = PL.exportResult();
    var json = JSON.stringify(r, null, 2) + '\n';
    if (kind === 'json') PL.download('presslight.json', 'application/json', json);
    else if (kind === 'entities-csv') PL.download('presslight-entities.csv', 'text/csv', entitiesCsv(r));
    else if (kind === 'quotes-csv') PL.download('presslight-quotes.csv', 'text/csv', quotesCsv(r));
    else if (kind === 'figures-csv') PL.download('presslight-figures.csv', 'text/csv', figuresCsv(r));
    else if (kind === 'copy') {
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(json).then(function () { PL.setStatus('Copied the JSON to the clipboard.'); },
          function () { PL.setStatus('The browser did not allow copying; use the JSON download.'); });
      } else {
        PL.setStatus('The browser did not allow copying; use the JSON download.');
      }
      return;
    }
    PL.setStatus('Exported.');
  };
})();
