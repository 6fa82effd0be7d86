/* The timeline explorer: events and claims of one release, filters, and a reader that
 * shows each claim's quote highlighted in its archived source text.
 *
 * Rules this file keeps (see docs/explorer.md):
 * - every text from the data is inserted with textContent or as a text node, never as
 *   markup; links are built only from the release's own relative paths, claim ids, and
 *   source URLs that are plain http(s);
 * - no network: data arrives as script files beside the page (window.TIMELINE_DATA);
 * - the permalink index.html#<claim_id> opens the claim's source text with exactly
 *   text[quote_start:quote_end] in a <mark>.
 */
(function () {
  "use strict";

  var RELEASES = window.TIMELINE_RELEASES || { latest: null, versions: [] };
  var CLAIM_ID = /^cl-[0-9]+$/;
  var WEB_URL = /^https?:\/\/[^\s<>"']+$/;
  var RELATIVE = /^\.\/[^:]*$/;

  var state = {
    data: null, version: null, items: [], events: [], byId: {}, lastClaim: null,
    range: null, matched: [], rendered: 0
  };

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined || child === "") { continue; }
      parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return parent;
  }

  function words(value) { return String(value).replace(/_/g, " "); }

  function plural(count, noun) {
    return count.toLocaleString("en") + " " + noun + (count === 1 ? "" : "s");
  }

  function showMessage(text) {
    var box = $("message");
    box.textContent = text;
    box.hidden = !text;
  }

  // --- Choosing and loading a release ----------------------------------------------

  function wantedVersion() {
    var asked = new URLSearchParams(window.location.search).get("version");
    if (asked && RELEASES.versions.indexOf(asked) >= 0) { return asked; }
    if (asked) {
      showMessage("This mirror holds no release " + asked + "; showing the newest, " + RELEASES.latest + ".");
    }
    return RELEASES.latest;
  }

  function loadVersion(version, done) {
    var store = window.TIMELINE_DATA || {};
    if (store[version]) { done(store[version]); return; }
    var script = document.createElement("script");
    script.src = "explorer/data-" + version + ".js";
    script.addEventListener("load", function () {
      var loaded = (window.TIMELINE_DATA || {})[version];
      if (loaded) { done(loaded); } else { showMessage("The data of release " + version + " is damaged."); }
    });
    script.addEventListener("error", function () {
      showMessage("The data of release " + version + " could not be read (explorer/data-" + version + ".js).");
    });
    document.head.appendChild(script);
  }

  function setUpVersionPicker(current) {
    var select = $("version");
    RELEASES.versions.forEach(function (version) {
      var option = el("option", null, version === RELEASES.latest ? version + " (newest)" : version);
      option.value = version;
      option.selected = version === current;
      select.appendChild(option);
    });
    $("version-picker").hidden = RELEASES.versions.length < 2;
    select.addEventListener("change", function () {
      var chosen = select.value;
      var query = chosen === RELEASES.latest ? "" : "?version=" + encodeURIComponent(chosen);
      window.location.href = window.location.pathname + query;
    });
  }

  // --- Building the timeline ---------------------------------------------------------

  function dateBadge(event) {
    var kind = event.open_start ? "open" : (event.precision === "day" ? "day" : "span");
    var badge = el("p", "when when-" + kind);
    var time = el("time", null, event.date_words);
    // A machine-readable date only where HTML has one for the precision (no intervals).
    var machine = { day: 10, month: 7, year: 4 }[event.precision];
    if (!event.open_start && machine) { time.dateTime = event.start.slice(0, machine); }
    add(badge, time);
    var extra = [];
    if (kind === "span") { extra.push("any time in this span"); }
    if (kind === "open") { extra.push("start not stated"); }
    if (event.date_kind === "as_of") { extra.push("as of this date"); }
    if (event.date_kind === "expected") { extra.push("expected"); }
    if (extra.length) { add(badge, " ", el("span", "when-note", "(" + extra.join("; ") + ")")); }
    if (event.date_text) { add(badge, " ", el("span", "when-words", "“" + event.date_text + "”")); }
    return badge;
  }

  function strip(event, range) {
    // Where the event falls in the release's whole date range: a dot for a day, a bar for
    // a span, a bar fading in from the left edge for "on or before".
    var bar = el("div", "strip");
    bar.setAttribute("aria-hidden", "true");
    var mark = el("div", "strip-mark " + (event.open_start ? "strip-open" : (event.precision === "day" ? "strip-day" : "strip-span")));
    var span = Math.max(range.max - range.min, 1);
    var start = event.open_start ? range.min : Date.parse(event.start);
    var end = Date.parse(event.end) + 86400000;
    mark.style.left = (100 * (start - range.min) / (span + 86400000)).toFixed(3) + "%";
    mark.style.width = Math.max(100 * (end - start) / (span + 86400000), 0.8).toFixed(3) + "%";
    bar.appendChild(mark);
    return bar;
  }


  function claimLink(claim, text) {
    var link = el("a", "permalink", text);
    link.href = "#" + claim.id;
    link.setAttribute("aria-label", text + ": claim " + claim.id + " in its source");
    return link;
  }

  function idLinks(ids) {
    // Claim ids from the release, each checked before it becomes a same-page link.
    var span = el("span");
    ids.forEach(function (id, i) {
      if (i) { add(span, ", "); }
      if (CLAIM_ID.test(id)) {
        var link = el("a", "permalink", id);
        link.href = "#" + id;
        add(span, link);
      } else {
        add(span, id);
      }
    });
    return span;
  }

  function estimatesTable(event) {
    // One row per statement, made in Python by the code behind `timeline estimates`: a
    // claim that restates another is folded into it ("restated in ..."), and each row
    // says what its figure counts, so different quantities never read as one series.
    var rows = event.estimates || [];
    if (rows.length < 2) { return null; }
    var counts = [];
    rows.forEach(function (row) { if (counts.indexOf(row.counts) < 0) { counts.push(row.counts); } });
    var box = el("div", "estimates");
    var scroller = el("div", "table-scroll");
    scroller.tabIndex = 0;
    var table = el("table");
    var text = "Estimates over time (" + plural(rows.length, "statement") +
      ", by statement date; restatements folded in; never averaged" +
      (counts.length > 1 ? "; " + counts.length + " different counts: compare only rows that count the same thing" : "") + ")";
    var caption = el("caption", null, text);
    table.appendChild(caption);
    scroller.setAttribute("aria-label", caption.textContent);
    var head = el("tr");
    var names = ["Stated", "Claimant", "Number", "Counts", "Lower bound", "Upper bound", "Certainty", "Claim"];
    names.forEach(function (name) {
      var th = el("th", null, name);
      th.scope = "col";
      head.appendChild(th);
    });
    add(table, add(el("thead"), head));
    var body = el("tbody");
    rows.forEach(function (row) {
      var tr = el("tr");
      tr.setAttribute("data-claim", row.id);
      var claimCell = add(el("td", "id"), claimLink({ id: row.id }, row.id));
      if (row.restated_in.length) { add(claimCell, el("span", "restated", " restated in "), idLinks(row.restated_in)); }
      if (row.conflicts_with.length) { add(claimCell, el("span", "conflict", " conflicts with "), idLinks(row.conflicts_with)); }
      add(tr,
        el("td", null, row.stated_words),
        el("td", null, row.claimant),
        el("td", null, row.words),
        el("td", "counts", row.counts),
        el("td", "num", row.low === null ? "none" : row.low.toLocaleString("en")),
        el("td", "num", row.high === null ? "none" : row.high.toLocaleString("en")),
        el("td", null, words(row.certainty)),
        claimCell);
      Array.prototype.forEach.call(tr.children, function (cell, i) { cell.setAttribute("data-label", names[i]); });
      body.appendChild(tr);
    });
    table.appendChild(body);
    scroller.appendChild(table);
    box.appendChild(scroller);
    return box;
  }

  function claimCard(claim, event, data) {
    var item = el("li", "claim");
    item.id = "claim-" + claim.id;
    var who = data.actors[claim.claimant];
    var source = data.sources[claim.source];
    var head = el("p", "claim-head");
    add(head, el("strong", "claimant", who ? who.name : claim.claimant));
    if (claim.words) { add(head, ": ", el("span", "number", claim.words)); }
    add(head, " ", el("span", "tag tag-certainty", words(claim.certainty)), " ", el("span", "tag", words(claim.attribution)));
    var said = el("p", "claim-said muted");
    add(said, "Said " + claim.stated_words);
    if (claim.stated_text) { add(said, " (“" + claim.stated_text + "”)"); }
    if (claim.venue) { add(said, ", " + claim.venue); }
    var quote = el("blockquote", "quote", claim.quote);
    var foot = el("p", "claim-foot muted");
    add(foot, "Source: ", el("cite", null, source ? source.title : claim.source));
    if (source) { add(foot, ", " + source.publisher + ", " + source.published_on); }
    add(foot, " · ", claimLink(claim, "Show in source"));
    if (claim.restates) { add(foot, " · restates " + claim.restates); }
    add(item, head, said, quote, foot);
    return item;
  }

  function dateRange(events) {
    var min = Infinity, max = -Infinity;
    events.forEach(function (event) {
      var start = Date.parse(event.start || event.end), end = Date.parse(event.end);
      if (start < min) { min = start; }
      if (end > max) { max = end; }
    });
    return { min: min, max: max };
  }

  function eventNode(record) {
    // Built the first time the event is shown, then kept: a page of 10,000 claims only
    // pays for what is on screen.
    if (record.node) { return record.node; }
    var event = record.event, data = state.data;
    var article = el("article", "event");
    article.id = "event-" + event.id;
    var header = el("header", "event-head");
    add(header, dateBadge(event), el("span", "tag tag-type", words(event.type)));
    var details = [];
    if (event.location) { details.push("Where: " + event.location); }
    if (event.item) { details.push("What: " + event.item); }
    if (event.actors.length) { details.push("By: " + event.actors.join(", ")); }
    if (event.counterparts.length) { details.push("With: " + event.counterparts.join(", ")); }
    add(article, header, strip(event, state.range), el("h3", "summary", event.summary));
    if (details.length) { add(article, el("p", "event-details muted", details.join(" · "))); }
    var claims = record.claims.map(function (item) { return item.claim; });
    add(article, estimatesTable(event));
    var list = el("ul", "claims");
    list.setAttribute("aria-label", plural(claims.length, "claim") + " about this event");
    record.claims.forEach(function (item) {
      item.node = claimCard(item.claim, event, data);
      list.appendChild(item.node);
    });
    article.appendChild(list);
    record.node = article;
    return article;
  }

  function build(data) {
    var byEvent = {};
    state.range = dateRange(data.events);
    state.items = [];
    state.events = [];
    state.byId = {};
    data.events.forEach(function (event) {
      var record = { event: event, node: null, claims: [],
        text: [event.summary, event.location || "", event.item || "", event.id].join("\n").toLowerCase() };
      byEvent[event.id] = record;
      state.events.push(record);
    });
    data.claims.forEach(function (claim) {
      var record = byEvent[claim.event];
      if (!record) { return; }
      var event = record.event, who = data.actors[claim.claimant], source = data.sources[claim.source];
      var item = {
        claim: claim,
        record: record,
        node: null,
        text: [claim.quote, claim.words, claim.id, who ? who.name : "", source ? source.title : "",
          event.summary, event.location || "", event.item || "", claim.venue || ""].join("\n").toLowerCase()
      };
      record.claims.push(item);
      state.items.push(item);
      state.byId[claim.id] = item;
    });
  }

  function fillSelect(select, entries) {
    entries.forEach(function (entry) {
      var option = el("option", null, entry[1]);
      option.value = entry[0];
      select.appendChild(option);
    });
  }

  function setUpFilters(data) {
    var types = {}, claimants = {}, sources = {};
    data.events.forEach(function (event) { types[event.type] = true; });
    data.claims.forEach(function (claim) { claimants[claim.claimant] = true; sources[claim.source] = true; });
    fillSelect($("f-type"), Object.keys(types).sort().map(function (t) { return [t, words(t)]; }));
    fillSelect($("f-claimant"), Object.keys(claimants).map(function (id) {
      return [id, data.actors[id] ? data.actors[id].name : id];
    }).sort(function (a, b) { return a[1].localeCompare(b[1], "en"); }));
    fillSelect($("f-source"), Object.keys(sources).sort().map(function (id) {
      var source = data.sources[id];
      return [id, source ? source.publisher + ", " + source.published_on + ": " + source.title : id];
    }));
    var form = $("filters");
    form.addEventListener("input", applyFilters);
    form.addEventListener("change", applyFilters);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.addEventListener("reset", function (e) {
      // Cleared here rather than by the browser, so the rows follow at once.
      e.preventDefault();
      ["f-text", "f-type", "f-claimant", "f-source", "f-from", "f-to"].forEach(function (id) { $(id).value = ""; });
      applyFilters();
    });
  }

  // --- Filtering ------------------------------------------------------------------

  var PAGE = 100;

  function applyFilters() {
    var text = $("f-text").value.trim().toLowerCase();
    var type = $("f-type").value, claimant = $("f-claimant").value, source = $("f-source").value;
    var from = $("f-from").value, to = $("f-to").value;
    var byClaim = claimant !== "" || source !== "";
    var shownClaims = 0;
    state.matched = [];
    state.events.forEach(function (record) {
      var event = record.event;
      var eventOk = (type === "" || event.type === type) &&
        (from === "" || event.end >= from) &&
        (to === "" || event.open_start || event.start <= to);
      var any = false;
      record.claims.forEach(function (item) {
        var claim = item.claim;
        item.match = eventOk && (claimant === "" || claim.claimant === claimant) &&
          (source === "" || claim.source === source) &&
          (text === "" || item.text.indexOf(text) >= 0);
        if (item.match) { any = true; shownClaims++; }
      });
      var show = any || (eventOk && !byClaim && record.claims.length === 0 &&
        (text === "" || record.text.indexOf(text) >= 0));
      if (show) { state.matched.push(record); }
    });
    $("count").textContent = "Showing " + plural(shownClaims, "claim") + " of " + state.items.length.toLocaleString("en") +
      ", in " + plural(state.matched.length, "event") + " of " + state.events.length.toLocaleString("en") + ".";
    $("results").replaceChildren();
    state.rendered = 0;
    renderMore(PAGE);
  }

  function renderMore(count) {
    // Appends the next events that match; the rest wait for "Show more" (or scrolling).
    var fragment = document.createDocumentFragment();
    var end = Math.min(state.rendered + count, state.matched.length);
    for (var i = state.rendered; i < end; i++) {
      var record = state.matched[i];
      var node = eventNode(record);
      record.claims.forEach(function (item) { item.node.hidden = !item.match; });
      fragment.appendChild(node);
    }
    state.rendered = end;
    $("results").appendChild(fragment);
    var left = state.matched.length - state.rendered;
    $("more").hidden = left === 0;
    $("more-count").textContent = "Showing " + plural(state.rendered, "event") + " of " + state.matched.length.toLocaleString("en") + ".";
    $("more-next").textContent = "Show " + Math.min(left, PAGE).toLocaleString("en") + " more";
    $("more-all").textContent = "Show all " + plural(left, "more event");
  }

  function setUpPaging() {
    $("more-next").addEventListener("click", function () { renderMore(PAGE); });
    $("more-all").addEventListener("click", function () { renderMore(Infinity); });
    if ("IntersectionObserver" in window) {
      new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; }) && !$("more").hidden) { renderMore(PAGE); }
      }, { rootMargin: "600px" }).observe($("more"));
    }
  }

  // --- The reader: a claim in its source ------------------------------------------

  function showBrowse() {
    $("reader").hidden = true;
    $("browse").hidden = false;
    $("about").hidden = false;
    var item = state.lastClaim ? state.byId[state.lastClaim] : null;
    if (item && item.node && item.node.isConnected && !item.node.hidden) {
      item.node.scrollIntoView({ block: "center" });
    }
  }

  function openClaim(id) {
    var item = state.byId[id];
    if (!item) {
      showMessage("Release " + state.version + " has no claim " + id + ".");
      showBrowse();
      return;
    }
    showMessage("");
    var claim = item.claim, data = state.data;
    var source = data.sources[claim.source];
    var who = data.actors[claim.claimant];
    state.lastClaim = id;
    $("reader-title").textContent = source.title;
    var meta = $("reader-meta");
    meta.replaceChildren();
    add(meta, source.publisher + ", published " + source.published_on + " · ");
    if (source.url && source.url_is_link && WEB_URL.test(source.url)) {
      var link = el("a", null, source.url);
      link.href = source.url;
      link.rel = "noopener noreferrer";
      add(meta, link);
    } else {
      add(meta, source.url ? "URL (not a web link): " + source.url : "URL not known");
    }
    var summary = $("reader-claim");
    summary.replaceChildren();
    var line = el("p");
    add(line, el("strong", null, who ? who.name : claim.claimant));
    if (claim.words) { add(line, ": " + claim.words); }
    add(line, " (" + words(claim.certainty) + ", said " + claim.stated_words + "), claim " + claim.id +
      ", characters " + claim.quote_start + " to " + claim.quote_end + " of the archived text.");
    add(summary, line, el("p", "muted", "About: " + item.record.event.summary));
    var text = source.text;
    var mark = el("mark", "quote-mark", text.slice(claim.js_start, claim.js_end));
    mark.id = "quote";
    mark.tabIndex = -1;
    $("source-text").replaceChildren(
      document.createTextNode(text.slice(0, claim.js_start)), mark, document.createTextNode(text.slice(claim.js_end)));
    $("browse").hidden = true;
    $("about").hidden = true;
    $("reader").hidden = false;
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
  }

  function route() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (CLAIM_ID.test(id)) { openClaim(id); } else { showBrowse(); }
  }

  // --- Header and downloads -------------------------------------------------------

  function legend() {
    // Says what the bars under each date mean, with the release's own first and last day.
    var box = $("legend"), range = state.range;
    if (!isFinite(range.min)) { return; }
    var first = new Date(range.min).toISOString().slice(0, 10), last = new Date(range.max).toISOString().slice(0, 10);
    function sample(kind, width) {
      var bar = el("span", "strip");
      bar.setAttribute("aria-hidden", "true");
      var mark = el("span", "strip-mark " + kind);
      mark.style.width = width;
      bar.appendChild(mark);
      return bar;
    }
    add(box, "Each bar places the event between " + first + " and " + last + ": ",
      sample("strip-day", "8px"), "a day,", sample("strip-span", "100%"), "a span (any time within it),",
      sample("strip-open", "100%"), "on or before its end (start not stated).");
  }

  function header(data) {
    document.title = data.title + " · release " + data.version;
    $("title").textContent = data.title;
    $("release-line").textContent = "Release " + data.version + ", released " + data.released + " · " +
      plural(data.events.length, "event") + ", " + plural(data.claims.length, "claim") + ", " +
      plural(Object.keys(data.sources).length, "source") + " · data licence " + data.license +
      " · every claim quotes its archived source: follow “Show in source”.";
    if (data.note) {
      $("release-note").textContent = data.note;
      $("release-note").hidden = false;
    }
    var list = $("downloads");
    data.downloads.forEach(function (entry) {
      if (!RELATIVE.test(entry.href)) { return; }
      var link = el("a", null, entry.label);
      link.href = entry.href;
      list.appendChild(add(el("li"), link));
    });
    $("citation").textContent = "Cite as: " + data.citation;
  }

  function start() {
    if (!RELEASES.latest) {
      showMessage("This folder holds no release.");
      return;
    }
    var version = wantedVersion();
    state.version = version;
    setUpVersionPicker(version);
    loadVersion(version, function (data) {
      state.data = data;
      header(data);
      build(data);
      setUpFilters(data);
      setUpPaging();
      legend();
      applyFilters();
      window.addEventListener("hashchange", route);
      route();
      document.documentElement.setAttribute("data-ready", version);
      if (window.performance && performance.mark) { performance.mark("timeline-ready"); }
    });
  }

  start();
}());
