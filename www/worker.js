// The analysis worker. Not loaded by itself: www/build/embed.py appends it to the
// wasm-bindgen glue and the wasm module (gzipped, then base64: PRESSLIGHT_WASM_GZIP_BASE64), and
// the page starts the whole as a Blob worker. Messages in:  {id, text, date, offsets, repeat}
//                                   messages out: {type: "ready", version} | {type: "failed", error}
//                                                 | {id, result, ms, times} | {id, error}
/* global wasm_bindgen, PRESSLIGHT_WASM_GZIP_BASE64 */
'use strict';
(function () {
  var ready = false;
  var waiting = [];

  function wasmBytes() {
    var binary = atob(PRESSLIGHT_WASM_GZIP_BASE64);
    var packed = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) packed[i] = binary.charCodeAt(i);
    if (typeof DecompressionStream === 'undefined') {
      return Promise.reject(new Error('this browser cannot unpack the engine (no DecompressionStream)'));
    }
    var stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer();
  }

  function handle(request) {
    request = request || {};
    var repeat = Math.max(1, request.repeat | 0);
    var times = [];
    try {
      var result = null;
      for (var i = 0; i < repeat; i++) {
        var t0 = performance.now();
        result = wasm_bindgen.analyze(String(request.text), request.date || null, request.offsets || null);
        times.push(performance.now() - t0);
      }
      self.postMessage({ id: request.id, result: result, ms: times[times.length - 1], times: times });
    } catch (e) {
      self.postMessage({ id: request.id, error: String((e && e.message) || e) });
    }
  }

  // Requests that arrive while the module compiles wait for it.
  self.onmessage = function (event) {
    if (ready) handle(event.data);
    else waiting.push(event.data);
  };

  // A short made-up article analysed a few times at start-up, so that the engine's hot code is
  // compiled by the optimizing tier before the reader's first article arrives.
  var WARM_UP = 'Prime Minister Jane Doe met Acme Corp executives in Springfield on Monday. ' +
    '\u201cWe will invest $1.2bn over 10 years,\u201d Ms Doe said, adding that 5% of it would go to schools.\n\n' +
    'John Smith, a spokesman for the company, told reporters: "It is a good day."';

  function warmUp() {
    try {
      for (var i = 0; i < 30; i++) wasm_bindgen.analyze(WARM_UP, null, null);
    } catch (e) { /* a failure here shows on the first real request */ }
  }

  wasmBytes()
    .then(function (bytes) { return wasm_bindgen({ module_or_path: bytes }); })
    .then(function () {
      warmUp();
      ready = true;
      self.postMessage({ type: 'ready', version: wasm_bindgen.version() });
      waiting.splice(0).forEach(handle);
    }, function (e) {
      self.postMessage({ type: 'failed', error: String((e && e.message) || e) });
    });
})();
