/// PLACEHOLDER until web-render's: the page's stylesheet and script, served by the server itself at
/// `/assets/app.css` and `/assets/app.js` (no CDN: offices often have no internet).
///
/// ```swift
/// Assets.css.hasPrefix("body")   // true
/// ```
enum Assets {
    static let css = """
        body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 1.5rem; color: #222; }
        table { border-collapse: collapse; }
        td, th { border: 1px solid #ccc; padding: 2px 6px; }
        td.finding.error { background: #f8c8c8; }
        td.finding.warning { background: #fbe7b5; }
        .message { padding: .5rem; background: #fee; border: 1px solid #c66; }
        .hidden { display: none; }
        """

    static let js = """
        "use strict";
        document.addEventListener("DOMContentLoaded", () => {
          const status = document.querySelector("[data-status-url]");
          if (status && status.dataset.phase !== "done" && status.dataset.phase !== "failed" && status.dataset.phase !== "none") {
            const poll = () => fetch(status.dataset.statusUrl).then(r => r.json()).then(s => {
              status.textContent = s.done + "/" + s.total;
              if (s.phase === "done" || s.phase === "failed") { location.reload(); } else { setTimeout(poll, 1000); }
            }).catch(() => setTimeout(poll, 2000));
            setTimeout(poll, 500);
          }
          for (const form of document.querySelectorAll("form[data-upload]")) {
            form.addEventListener("submit", event => {
              const dates = form.querySelectorAll("input[name=lastModified]");
              dates.forEach(input => input.remove());
              for (const input of form.querySelectorAll("input[type=file][name=files]")) {
                for (const file of input.files) {
                  const hidden = document.createElement("input");
                  hidden.type = "hidden"; hidden.name = "lastModified"; hidden.value = String(file.lastModified);
                  form.appendChild(hidden);
                }
              }
            });
          }
        });
        """
}
