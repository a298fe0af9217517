// The analysis worker. Not loaded by itself: www/build/embed.py appends it to the
// wasm-bindgen glue and the wasm bytes (PRESSLIGHT_WASM_BASE64) and the page starts the whole
// as a Blob worker. Messages in:  {id, text, date, offsets, repeat}
//                     messages out: {type: "ready", version} | {id, result, ms} | {id, error}
/* global wasm_bindgen, PRESSLIGHT_WASM_BASE64 */
'use strict';
(function () {
  function wasmBytes() {
    var binary = atob(PRESSLIGHT_WASM_BASE64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  try {
    wasm_bindgen.initSync({ module: wasmBytes() });
  } catch (e) {
    self.postMessage({ type: 'failed', error: String((e && e.message) || e) });
    return;
  }

  self.onmessage = function (event) {
    var request = event.data || {};
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
  };
  self.postMessage({ type: 'ready', version: wasm_bindgen.version() });
})();
