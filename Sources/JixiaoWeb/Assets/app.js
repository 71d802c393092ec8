// jixiao serve: the one script of every page (served at /assets/app.js; no inline scripts or handlers: the CSP
// refuses them). No framework. What it reads from the page:
//
// - <body data-csrf="…"> (the page layout's): the session's token, sent as the X-CSRF-Token header with every upload.
// - table.sortable: a click on a <th> sorts the rows by the cells' data-sort (as numbers where both are numbers).
// - .filters[data-table=ID] button[data-filter=STATUS]: shows only the rows of table#ID whose data-status is STATUS
//   ("all" shows every row).
// - form[data-upload] (its action is the upload URL): a .drop-zone, <input type=file multiple> and <input type=file
//   webkitdirectory> (both name="files"), an optional <input type=file name="reference">, and where they are an
//   .upload-status and a <progress>. Files are sent with XMLHttpRequest (fetch reports no upload progress) as
//   multipart/form-data: the form's other fields, each "files" part named by its path inside a dropped or chosen
//   folder, and one "lastModified" field per file in the same order (the browser's date, milliseconds). The form's
//   data-uploading ("{percent}"), data-done, data-failed ("{reason}"), data-nothing and data-chosen ("{count}")
//   hold the words to show (without them: the count, the reason alone). On success the page goes where the
//   server's redirect led (or a JSON {"redirect": URL}); on failure the reason is the error page's .message (or
//   main) text, or a JSON {"error": TEXT}.
// - [data-status-url] (a round's check): unless its data-phase is none, done or failed, asked for the JSON
//   {"phase": "queued"|"running"|"done"|"failed", "done": N, "total": N} with ?since= the last state seen (the
//   server answers a new phase at once and new progress within a quarter of a second, within 10 s), asked again
//   as soon as answered; its data-checking ("{done}",
//   "{total}") words the count (in its .progress-text where it has one) and a <progress> inside shows it; the page
//   reloads when the phase is done or failed, and the server draws the outcome.
// - a.cell-link[data-cell=ID] (a finding): scrolls to and flashes the cell #ID; a td.finding[data-finding=N] (a
//   highlighted cell): scrolls to and flashes the finding #f-N.
// - form[data-confirm=TEXT]: asks before submitting (deleting a round).
"use strict";

(function () {
  function fill(template, values) {
    return String(template || "").replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  function csrfToken() {
    return document.body.getAttribute("data-csrf") || "";
  }

  function flash(element) {
    element.classList.remove("flash");
    // Restart the animation: a reflow between removing and adding the class.
    void element.offsetWidth;
    element.classList.add("flash");
    window.setTimeout(function () { element.classList.remove("flash"); }, 1500);
  }

  // Sorting.
  function sortKey(cell) {
    if (!cell) return "";
    var key = cell.getAttribute("data-sort");
    return key === null ? cell.textContent.trim() : key;
  }

  function compareKeys(a, b) {
    var x = Number(a), y = Number(b);
    if (a !== "" && b !== "" && !isNaN(x) && !isNaN(y)) return x - y;
    if (a === "" && b !== "") return 1;
    if (b === "" && a !== "") return -1;
    return a.localeCompare(b, "zh-Hans-CN", { numeric: true });
  }

  function makeSortable(table) {
    var headers = table.querySelectorAll("thead th");
    headers.forEach(function (header, column) {
      header.addEventListener("click", function () {
        var body = table.tBodies[0];
        if (!body) return;
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.forEach(function (row, index) { row.dataset.order = String(index); });
        rows.sort(function (r, s) {
          var order = compareKeys(sortKey(r.cells[column]), sortKey(s.cells[column]));
          if (order === 0) order = Number(r.dataset.order) - Number(s.dataset.order);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  // Filtering.
  function makeFilter(bar) {
    var table = document.getElementById(bar.getAttribute("data-table"));
    if (!table || !table.tBodies[0]) return;
    var buttons = bar.querySelectorAll("button[data-filter]");
    buttons.forEach(function (button) {
      button.addEventListener("click", function () {
        var status = button.getAttribute("data-filter");
        buttons.forEach(function (other) {
          var on = other === button;
          other.classList.toggle("active", on);
          other.setAttribute("aria-pressed", on ? "true" : "false");
        });
        Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
          row.hidden = status !== "all" && row.getAttribute("data-status") !== status;
        });
      });
    });
  }

  // Uploading.
  function readEntries(reader) {
    return new Promise(function (resolve, reject) {
      var all = [];
      (function next() {
        reader.readEntries(function (entries) {
          if (entries.length === 0) { resolve(all); return; }
          all = all.concat(Array.prototype.slice.call(entries));
          next();
        }, reject);
      })();
    });
  }

  // The files of a dropped entry (a folder walked), each with its path inside what was dropped.
  function entryFiles(entry, prefix) {
    if (entry.isFile) {
      return new Promise(function (resolve, reject) {
        entry.file(function (file) { resolve([{ file: file, path: prefix + file.name }]); }, reject);
      });
    }
    if (entry.isDirectory) {
      return readEntries(entry.createReader()).then(function (entries) {
        return Promise.all(entries.map(function (child) { return entryFiles(child, prefix + entry.name + "/"); }))
          .then(function (lists) { return [].concat.apply([], lists); });
      });
    }
    return Promise.resolve([]);
  }

  function droppedFiles(transfer) {
    var items = transfer.items ? Array.prototype.slice.call(transfer.items) : [];
    var entries = items.map(function (item) { return item.webkitGetAsEntry ? item.webkitGetAsEntry() : null; });
    if (entries.length > 0 && entries.every(Boolean)) {
      return Promise.all(entries.map(function (entry) { return entryFiles(entry, ""); }))
        .then(function (lists) { return [].concat.apply([], lists); });
    }
    return Promise.resolve(Array.prototype.slice.call(transfer.files).map(function (file) {
      return { file: file, path: file.name };
    }));
  }

  // The words of an error page the server answered with: parsed, never inserted; its text only.
  function pageMessage(html) {
    if (!html || !window.DOMParser) return "";
    var page = new DOMParser().parseFromString(html, "text/html");
    var element = page.querySelector(".message") || page.querySelector("main") || page.body;
    return element ? element.textContent.replace(/\s+/g, " ").trim().slice(0, 500) : "";
  }

  function makeUpload(form) {
    var zone = form.querySelector(".drop-zone");
    var status = form.querySelector(".upload-status");
    if (!status) {
      status = document.createElement("p");
      status.className = "upload-status";
      status.setAttribute("role", "status");
      form.appendChild(status);
    }
    var bar = form.querySelector("progress");
    var pickers = form.querySelectorAll('input[type="file"][name="files"]');
    var dropped = [];

    function say(text, failed) {
      status.textContent = text;
      status.classList.toggle("failed", Boolean(failed));
    }

    function chosen() {
      var files = dropped.slice();
      pickers.forEach(function (input) {
        Array.prototype.forEach.call(input.files || [], function (file) {
          files.push({ file: file, path: file.webkitRelativePath || file.name });
        });
      });
      return files;
    }

    pickers.forEach(function (input) {
      input.addEventListener("change", function () {
        say(fill(form.dataset.chosen || "{count}", { count: chosen().length }));
      });
    });

    if (zone) {
      ["dragenter", "dragover"].forEach(function (type) {
        zone.addEventListener(type, function (event) {
          event.preventDefault();
          zone.classList.add("dragging");
        });
      });
      ["dragleave", "dragend"].forEach(function (type) {
        zone.addEventListener(type, function () { zone.classList.remove("dragging"); });
      });
      zone.addEventListener("drop", function (event) {
        event.preventDefault();
        zone.classList.remove("dragging");
        droppedFiles(event.dataTransfer).then(function (files) {
          dropped = dropped.concat(files);
          say(fill(form.dataset.chosen || "{count}", { count: chosen().length }));
        }, function (error) {
          say(fill(form.dataset.failed || "{reason}", { reason: String(error) }), true);
        });
      });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var files = chosen();
      if (files.length === 0) {
        say(form.dataset.nothing || "", true);
        return;
      }
      var data = new FormData();
      // The form's other fields (a round's name, the reference list), then every file with its path.
      Array.prototype.forEach.call(form.elements, function (field) {
        if (!field.name || field.disabled || field.name === "files") return;
        if (field.type === "file") {
          Array.prototype.forEach.call(field.files || [], function (file) { data.append(field.name, file, file.name); });
        } else if ((field.type !== "checkbox" && field.type !== "radio") || field.checked) {
          data.append(field.name, field.value);
        }
      });
      files.forEach(function (item) { data.append("files", item.file, item.path); });
      files.forEach(function (item) { data.append("lastModified", String(item.file.lastModified || "")); });

      var request = new XMLHttpRequest();
      request.open("POST", form.action);
      request.setRequestHeader("X-CSRF-Token", csrfToken());
      request.upload.addEventListener("progress", function (progress) {
        if (!progress.lengthComputable) return;
        var percent = Math.floor((progress.loaded / progress.total) * 100);
        if (bar) { bar.max = 100; bar.value = percent; }
        say(fill(form.dataset.uploading || "{percent}%", { percent: percent }));
      });
      request.addEventListener("load", function () {
        var answer = null;
        try { answer = JSON.parse(request.responseText); } catch (ignored) { answer = null; }
        if (request.status >= 200 && request.status < 300) {
          say(form.dataset.done || "");
          if (answer && typeof answer.redirect === "string") {
            window.location.assign(answer.redirect);
          } else if (request.responseURL && request.responseURL !== form.action) {
            window.location.assign(request.responseURL);
          } else {
            window.location.reload();
          }
          return;
        }
        var reason = (answer && answer.error) || pageMessage(request.responseText) || request.statusText
          || String(request.status);
        say(fill(form.dataset.failed || "{reason}", { reason: reason }), true);
      });
      request.addEventListener("error", function () {
        say(fill(form.dataset.failed || "{reason}", { reason: request.statusText || "network" }), true);
      });
      form.querySelectorAll('button, input[type="submit"]').forEach(function (button) { button.disabled = true; });
      request.addEventListener("loadend", function () {
        form.querySelectorAll('button, input[type="submit"]').forEach(function (button) { button.disabled = false; });
      });
      request.send(data);
    });
  }

  // Progress of a check.
  function pollProgress(element) {
    var url = element.getAttribute("data-status-url");
    var phase = element.getAttribute("data-phase");
    if (phase === "none" || phase === "done" || phase === "failed") return;
    var bar = element.querySelector("progress");
    var text = element.querySelector(".progress-text") || element;
    var seen = "";
    // The server holds each answer until the state differs from the one seen (or 10 s pass), answering a new
    // phase (the end) at once and new progress at most four times a second: asked again straight away.
    function poll() {
      fetch(url + (seen ? "?since=" + encodeURIComponent(seen) : ""),
            { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) { return response.json(); })
        .then(function (state) {
          if (state.phase === "done" || state.phase === "failed") { window.location.reload(); return; }
          if (typeof state.total === "number" && state.total > 0) {
            if (bar) { bar.max = state.total; bar.value = state.done || 0; }
            text.textContent = fill(element.dataset.checking || "{done} / {total}", { done: state.done || 0, total: state.total });
          }
          seen = state.phase + ":" + (state.done || 0);
          poll();
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    }
    poll();
  }

  // Findings and their cells.
  function showCell(id) {
    var cell = document.getElementById(id);
    if (!cell) return false;
    document.querySelectorAll("td.selected").forEach(function (other) { other.classList.remove("selected"); });
    cell.classList.add("selected");
    cell.scrollIntoView({ block: "center", inline: "center", behavior: "smooth" });
    flash(cell);
    return true;
  }

  function showFinding(number) {
    var item = document.getElementById("f-" + number);
    if (!item) return;
    document.querySelectorAll("li.finding-item.selected").forEach(function (other) { other.classList.remove("selected"); });
    item.classList.add("selected");
    item.scrollIntoView({ block: "nearest", behavior: "smooth" });
    flash(item);
  }

  function makeFindings() {
    document.querySelectorAll("a.cell-link[data-cell]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        if (showCell(link.getAttribute("data-cell"))) {
          event.preventDefault();
          var item = link.closest("li.finding-item");
          if (item) showFinding(item.getAttribute("data-finding"));
          if (window.history && window.history.replaceState) window.history.replaceState(null, "", "#" + link.getAttribute("data-cell"));
        }
      });
    });
    document.querySelectorAll("td.finding[data-finding]").forEach(function (cell) {
      cell.addEventListener("click", function () { showFinding(cell.getAttribute("data-finding")); });
    });
    function showHashCell() {
      if (window.location.hash.length > 1) showCell(decodeURIComponent(window.location.hash.slice(1)));
    }
    window.addEventListener("hashchange", showHashCell);
    showHashCell();
  }

  function start() {
    document.querySelectorAll("table.sortable").forEach(makeSortable);
    document.querySelectorAll(".filters[data-table]").forEach(makeFilter);
    document.querySelectorAll("form[data-upload]").forEach(makeUpload);
    document.querySelectorAll("[data-status-url]").forEach(pollProgress);
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (!window.confirm(form.getAttribute("data-confirm"))) event.preventDefault();
      });
    });
    makeFindings();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
