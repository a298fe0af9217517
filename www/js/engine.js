// presslight page: the analysis worker. The engine (wasm, with www/worker.js) runs in a Blob
// worker made from self.PRESSLIGHT_WORKER_SOURCE (pkg/presslight-wasm.js), which works over HTTP
// and from file://. Requests carry an id; a reply goes to the callback of its request.
'use strict';
(function () {
  var PL = self.Presslight;
  var RESTART_AFTER_MS = 300; // a stale analysis running longer than this restarts the worker

  var engine = PL.engine = { worker: null, url: null, ready: false, readyAt: 0, failed: null, nextId: 1, pending: new Map() };

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
  engine.start = startWorker;

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
  engine.ask = function (message, kind, callback) {
    if (engine.failed) { callback({ error: engine.failed }); return; }
    if (!engine.worker) startWorker();
    if (engine.failed) { callback({ error: engine.failed }); return; }
    message.id = engine.nextId++;
    var entry = { message: message, kind: kind, callback: callback, sentAt: performance.now() };
    engine.pending.set(message.id, entry);
    engine.worker.postMessage(message);
  };

  // Forgets the analyses that a newer input made stale; when the worker is busy with one of
  // them for a while (a long text), starts a fresh worker instead of waiting for it.
  engine.dropStaleAnalyses = function () {
    var first = engine.pending.values().next().value;
    // (Not while the worker is still compiling the wasm: a restart would only start that over.)
    var busyWithStale = engine.ready && first && first.kind === 'analysis' &&
      performance.now() - Math.max(first.sentAt, engine.readyAt) > RESTART_AFTER_MS;
    engine.pending.forEach(function (entry, id) {
      if (entry.kind === 'analysis') engine.pending.delete(id);
    });
    if (busyWithStale) restartWorker();
  };

  // A small hook for the bench and the tests: times the engine without the page around it.
  self.presslight = {
    analyze: function (text, options) {
      options = options || {};
      return new Promise(function (resolve, reject) {
        engine.ask({ text: String(text), date: options.date || null, offsets: options.offsets || null, repeat: options.repeat || 1 }, 'export', function (reply) {
          if (reply.error) reject(new Error(reply.error)); else resolve(reply);
        });
      });
    }
  };
})();
