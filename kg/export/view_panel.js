// The network view, second half: the side lists (locality tree, people), the detail panel and
// search. Inlined after view.js inside the same function (see view_template.html), so it uses
// view.js' names (NODES, EDGES, draw, go, selectNode, el...) directly.
  // ---- the side panel: locality tree (province → district → commune) and people ----
  const placeUse = {};
  NODES.forEach(function (n) {
    if (n.kind !== "locality") { n.loc.forEach(function (p) { placeUse[p] = (placeUse[p] || 0) + 1; }); }
  });
  // the 2025 reform: a unit of before it with no parent of its own (an old province) sits under
  // the 2025 unit it was merged into ("sáp nhập vào") when that unit is in use or holds units, so
  // the new province shows its predecessors; a 2025 unit only merged into, unused, is no root
  const MERGE_TARGET = {};
  EDGES.forEach(function (e) {
    if (treeEdge(e, "sáp nhập vào")) {
      MERGE_TARGET[e.to] = true;
      if (!PARENT[e.from] && (placeUse[e.to] || CHILDREN[e.to])) { link(e); }
    }
  });
  function twinKey(n) { return n.kind + "|" + fold(n.full) + "|" + n.sub; }
  let TWINS = null;   // built on first use: twin key -> node ids
  function twinsOf(id) {
    if (TWINS === null) {
      TWINS = new Map();
      NODES.forEach(function (n) {
        const key = twinKey(n);
        if (!TWINS.has(key)) { TWINS.set(key, []); }
        TWINS.get(key).push(n.id);
      });
    }
    return TWINS.get(twinKey(NODES[id])).filter(function (o) { return o !== id; }).sort(byImportance);
  }
  function byName(a, b) { return fold(NODES[a].full).localeCompare(fold(NODES[b].full)) || a - b; }
  const placeLinks = {};
  function placeItem(pid) {
    const li = el("li");
    const kids = (CHILDREN[pid] || []).slice().sort(byName);
    const toggle = el("span", kids.length ? "▸" : "", "toggle");
    const a = el("a", NODES[pid].full);
    a.dataset.node = String(pid);
    a.addEventListener("click", function () { go("place", pid); });
    placeLinks[pid] = a;
    li.append(toggle, a, el("span", " " + (placeUse[pid] || 0), "count"));
    if (kids.length) {
      let open = false;
      let sub = null;
      toggle.addEventListener("click", function () {
        open = !open;
        toggle.textContent = open ? "▾" : "▸";
        if (open && !sub) {
          sub = el("ul");
          kids.forEach(function (k) { sub.append(placeItem(k)); });
          li.append(sub);
        }
        if (sub) { sub.hidden = !open; }
      });
    }
    return li;
  }
  const places = document.getElementById("places");
  // top-level units: used ones first, those with units under them (the provinces) before the
  // others, then by use
  const roots = NODES.filter(function (n) {
    return n.kind === "locality" && !PARENT[n.id] && !(MERGE_TARGET[n.id] && !placeUse[n.id] && !CHILDREN[n.id]);
  })
    .map(function (n) { return n.id; })
    .sort(function (a, b) {
      return (placeUse[a] ? 0 : 1) - (placeUse[b] ? 0 : 1) || (CHILDREN[a] ? 0 : 1) - (CHILDREN[b] ? 0 : 1) ||
        (placeUse[b] || 0) - (placeUse[a] || 0) || byName(a, b);
    });
  const ROOTS_SHOWN = 80;
  roots.slice(0, ROOTS_SHOWN).forEach(function (pid) { places.append(placeItem(pid)); });
  if (roots.length > ROOTS_SHOWN) {
    const more = el("li");
    const btn = el("a", "… " + (roots.length - ROOTS_SHOWN) + tr(" địa bàn khác"));
    btn.addEventListener("click", function () {
      more.remove();
      roots.slice(ROOTS_SHOWN).forEach(function (pid) { places.append(placeItem(pid)); });
    });
    more.append(btn);
    places.append(more);
  }
  function markPlace(pid) {
    Object.keys(placeLinks).forEach(function (k) {
      placeLinks[k].classList.toggle("here", Number(k) === pid);
    });
  }
  const people = document.getElementById("people");
  function renderPeople(pid) {
    people.textContent = "";
    document.getElementById("people-title").textContent =
      pid === null ? tr("Cán bộ nhiều liên kết nhất") : tr("Cán bộ ở ") + NODES[pid].full;
    NODES.filter(function (n) { return n.kind === "official" && (pid === null || n.loc.includes(pid)); })
      .map(function (n) { return n.id; }).sort(byImportance).slice(0, 40)
      .forEach(function (id) {
        const li = el("li");
        const a = el("a", NODES[id].full);
        a.dataset.node = String(id);
        a.addEventListener("click", function () { selectNode(id); });
        li.append(a, el("span", NODES[id].sub, "sub"));
        people.append(li);
      });
  }

  // ---- the detail panel: posts first, then bodies and places, meetings, tasks, articles ----
  const panel = document.getElementById("panel");
  const panelBody = document.getElementById("panel-body");
  const SECTIONS = [
    ["post", "Chức vụ"], ["staff", "Cán bộ"], ["place", "Cơ quan, địa bàn"], ["meeting", "Cuộc họp"],
    ["task", "Nhiệm vụ"], ["article", "Bài báo"], ["other", "Quan hệ khác"]
  ];
  const SHOWN_PER_SECTION = 40;
  function sectionOf(edge, id) {
    const o = NODES[other(edge, id)];
    const role = !RELATIONS.has(edge.label);
    if (role) { return NODES[id].kind === "official" ? "post" : "staff"; }
    if (o.kind === "post") { return "post"; }
    if (o.kind === "official") { return "staff"; }
    if (o.kind === "organization" || o.kind === "locality") { return "place"; }
    if (o.kind === "meeting") { return "meeting"; }
    if (o.kind === "task" || o.kind === "group") { return "task"; }
    if (o.kind === "article") { return "article"; }
    return "other";
  }
  function sourceLine(ev) {
    const art = ev.article === null || ev.article === undefined ? null : DATA.articles[ev.article];
    const line = el("div", null, "source");
    line.append(document.createTextNode(tr("Nêu trong bài: ")));
    if (art) {
      if (art.node !== null && art.node !== undefined) { line.append(nodeLink(art.node)); }
      else { line.append(el("span", art.headline)); }
    } else { line.append(document.createTextNode(tr("(không rõ)"))); }
    const parts = [];
    if (art && art.date) { parts.push(art.date); }
    if (ev.start !== null && ev.start !== undefined) { parts.push(tr("ký tự ") + ev.start + "–" + ev.end); }
    if (art && art.file) { parts.push(art.file); }
    line.append(document.createTextNode(parts.length ? " · " + parts.join(" · ") : ""));
    return line;
  }
  function evidenceBlock(target, evIds, seen) {
    evIds.forEach(function (i) {
      if (seen.has(i)) {
        target.appendChild(el("div", tr("câu [") + seen.get(i) + tr("] ở trên"), "evref"));
        return;
      }
      seen.set(i, seen.size + 1);
      const ev = DATA.evidence[i];
      target.append(el("blockquote", "[" + seen.get(i) + "] " + ev.sentence, "evidence"), sourceLine(ev));
    });
  }
  function factItem(edge, id, seen) {
    const li = el("li");
    const head = el("div");
    const o = other(edge, id);
    const role = !RELATIONS.has(edge.label);
    if (role) {   // "Chủ tịch · Ủy ban nhân dân tỉnh X", or at the body: "Nguyễn Văn A · Chủ tịch"
      if (edge.from === id) { head.append(el("b", edge.label), document.createTextNode(" · "), nodeLink(o)); }
      else { head.append(nodeLink(o), document.createTextNode(" · "), el("b", edge.label)); }
    } else if (edge.from === id) {
      head.append(el("b", tr(edge.label)), document.createTextNode(" → "), nodeLink(o));
    } else {
      head.append(nodeLink(o), document.createTextNode(" → "), el("b", tr(edge.label)),
                  document.createTextNode(" → " + NODES[id].full));
    }
    li.append(head);
    evidenceBlock(li, edge.ev, seen);
    return li;
  }
  // The career of an official as a timeline: one row per post, a bar from its first to its
  // last date on one scale for all rows (kg.export.page_data._career). A bound an article
  // states is solid, an observed one faded, an end "before" a date open (dashed).
  const BOUND_WORDS = { stated: "nêu rõ", observed: "theo bài báo", before: "trước" };
  function dayOf(text) { return text ? Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10)) : null; }
  function boundText(date, kind) {
    if (!date) { return "?"; }
    return kind === "before" ? tr("trước") + " " + date : date + " (" + tr(BOUND_WORDS[kind] || kind) + ")";
  }
  function careerTimeline(career) {
    const box = el("div", null, "career");
    box.append(el("h3", tr("Quá trình công tác") + " (" + career.length + ")"));
    const days = [];
    career.forEach(function (c) { [c.begin, c.end].forEach(function (t) { if (t) { days.push(dayOf(t)); } }); });
    const lo = Math.min.apply(null, days), hi = Math.max.apply(null, days);
    const span = Math.max(hi - lo, 1);
    const axis = el("div", null, "tl-axis");
    axis.append(el("span", new Date(lo).toISOString().slice(0, 10)), el("span", new Date(hi).toISOString().slice(0, 10)));
    box.append(axis);
    career.forEach(function (c) {
      const row = el("div", null, "tl-row");
      row.append(el("div", c.post, "tl-post"));
      const track = el("div", null, "tl-track");
      const a = dayOf(c.begin || c.end), b = dayOf(c.end || c.begin);
      const bar = el("div", null, "tl-bar " + (c.beginKind || "open") + "-begin " + (c.endKind || "open") + "-end");
      bar.style.left = (100 * (a - lo) / span).toFixed(2) + "%";
      bar.style.width = Math.max(100 * (b - a) / span, 1).toFixed(2) + "%";
      bar.title = boundText(c.begin, c.beginKind) + " – " + boundText(c.end, c.endKind);
      track.append(bar);
      row.append(track, el("div", bar.title, "tl-dates"));
      if (c.ev.length) {
        const more = el("details", null, "tl-evidence");
        more.append(el("summary", tr("Bằng chứng") + " (" + c.ev.length + ")"));
        evidenceBlock(more, c.ev, new Map());  // folded away: the facts below still quote their sentences
        row.append(more);
      }
      box.append(row);
    });
    return box;
  }
  function showDetails(id) {
    const n = NODES[id];
    const d = DATA.details[id];
    const t = TYPES[n.kind];
    panelBody.textContent = "";
    const type = el("div", null, "ptype");
    const sw = el("span", null, "swatch");
    sw.style.background = t.colour;
    type.append(sw, document.createTextNode(tr(t.legend)));
    panelBody.append(type, el("h2", n.full));
    if (n.sub) { panelBody.append(el("div", n.sub, "psub")); }
    const expand = el("div", null, "expand");
    Object.keys(COUNT_WORDS).forEach(function (k) {
      if (!typeOn[k] && n.cnt[k]) {
        const b = el("button", tr("Hiện ") + n.cnt[k] + " " + tr(COUNT_WORDS[k]), "more");
        b.dataset.kind = k;
        b.addEventListener("click", function () { switchOn(k); showFocus(id); });
        expand.append(b);
      }
    });
    if (expand.childNodes.length) { panelBody.append(expand); }
    const dl = el("dl");
    function row(k, v) { dl.append(el("dt", k), el("dd", v)); }
    d.labels.filter(function (l) { return l !== n.full; }).forEach(function (l) { row(tr("tên khác"), l); });
    d.codes.forEach(function (c) { const kv = c.split(": "); row(tr(kv[0]), kv.slice(1).join(": ")); });
    d.dates.forEach(function (kv) { row(tr(kv[0]), tr(kv[1])); });
    d.props.forEach(function (kv) { row(tr(kv[0]), kv[1]); });
    panelBody.append(dl);
    const seen = new Map();
    if (d.career && d.career.length) { panelBody.append(careerTimeline(d.career)); }
    if (d.evidence.length) {
      panelBody.append(el("h3", tr("Bằng chứng")));
      const box = el("div");
      evidenceBlock(box, d.evidence, seen);
      panelBody.append(box);
    }
    const bySection = {};
    const hasRole = ADJ[id].some(function (ei) { return !RELATIONS.has(EDGES[ei].label); });
    ADJ[id].forEach(function (ei) {
      const e = EDGES[ei];
      // "giữ chức" → post repeats the role edge "Chủ tịch" → body: keep the one in words
      if (hasRole && e.label === "giữ chức" && n.kind === "official") { return; }
      const s = sectionOf(e, id);
      (bySection[s] = bySection[s] || []).push(e);
    });
    SECTIONS.forEach(function (sec) {
      const list = bySection[sec[0]];
      if (!list) { return; }
      list.sort(function (a, b) {
        return a.label.localeCompare(b.label) || byName(other(a, id), other(b, id));
      });
      panelBody.append(el("h3", tr(sec[1]) + " (" + list.length + ")"));
      const ul = el("ul", null, "facts");
      ul.dataset.section = sec[0];
      list.slice(0, SHOWN_PER_SECTION).forEach(function (e) { ul.append(factItem(e, id, seen)); });
      panelBody.append(ul);
      if (list.length > SHOWN_PER_SECTION) {
        const more = el("button", tr("Xem thêm ") + (list.length - SHOWN_PER_SECTION), "more");
        more.addEventListener("click", function () {
          list.slice(SHOWN_PER_SECTION).forEach(function (e) { ul.append(factItem(e, id, seen)); });
          more.remove();
        });
        panelBody.append(more);
      }
    });
    const twins = twinsOf(id);
    if (twins.length) {
      panelBody.append(el("h3", tr("Cùng tên, cùng mô tả (") + twins.length + tr(" nút khác)")));
      const tl = el("ul", null, "twins");
      twins.slice(0, SHOWN_PER_SECTION).forEach(function (o) {
        const li = el("li");
        li.append(nodeLink(o), document.createTextNode(" · " + NODES[o].degree + tr(" liên kết")));
        tl.append(li);
      });
      panelBody.append(tl);
    }
    if (d.sources.length) {
      panelBody.append(el("h3", tr("Bài nguồn")));
      const su = el("ul");
      d.sources.forEach(function (a) {
        const art = DATA.articles[a];
        const li = el("li");
        if (art.node !== null && art.node !== undefined) { li.append(nodeLink(art.node)); }
        else { li.append(document.createTextNode(art.headline)); }
        li.append(document.createTextNode((art.date ? " · " + art.date : "") + (art.file ? " · " + art.file : "")));
        su.append(li);
      });
      panelBody.append(su);
    }
    panelBody.append(el("div", d.iri, "iri"));
    panel.hidden = false;
    panel.dataset.node = String(id);
  }
  function hidePanel() {
    panel.hidden = true;
    delete panel.dataset.node;
  }
  document.getElementById("panel-close").addEventListener("click", function () {
    hidePanel();
    network.unselectAll();
  });

  // ---- search: every node of the graph, diacritics-insensitive; one row per node ----
  const results = document.getElementById("results");
  let matches = [];
  function runSearch() {
    const q = fold(search.value);
    results.textContent = "";
    matches = [];
    if (!q) { return; }
    const words = q.split(" ");
    NODES.forEach(function (n) {
      if (words.every(function (w) { return n.search.indexOf(w) >= 0; })) { matches.push(n); }
    });
    function rank(n) { return n.search.indexOf(q) === 0 ? 0 : (n.search.indexOf(q) > 0 ? 1 : 2); }
    matches.sort(function (a, b) { return rank(a) - rank(b) || b.imp - a.imp || a.id - b.id; });
    // nodes with the same name and the same description (unmerged duplicates in the graph)
    // share one row: the most important one stands for them, the panel lists the others
    const groups = new Map();
    matches.forEach(function (n) {
      const key = twinKey(n);
      if (!groups.has(key)) { groups.set(key, []); }
      groups.get(key).push(n);
    });
    const rows = Array.from(groups.values());
    matches = rows.slice(0, 30).map(function (g) { return g[0]; });
    rows.slice(0, 30).forEach(function (g, i) {
      const n = g[0];
      const li = el("li");
      li.setAttribute("role", "option");
      li.dataset.node = String(n.id);
      if (i === 0) { li.className = "active"; }
      const sw = el("span", null, "swatch");
      sw.style.background = TYPES[n.kind].colour;
      const extra = g.length > 1 ? " · " + g.length + tr(" nút cùng tên, cùng mô tả") : "";
      li.append(sw, el("span", n.full, "name"), el("span", TYPES[n.kind].legend, "kind"),
                el("span", (n.sub || "—") + " · " + n.degree + tr(" liên kết") + extra, "sub"));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(n.id); });
      results.append(li);
    });
    if (!rows.length) { results.append(el("li", tr("Không tìm thấy"), "kind")); }
    else if (rows.length > matches.length) {
      results.append(el("li", tr("… và ") + (rows.length - matches.length) + tr(" kết quả nữa: gõ thêm để lọc"), "kind"));
    }
  }
  function choose(id) {
    results.textContent = "";
    selectNode(id);
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && matches.length) { ev.preventDefault(); choose(matches[0].id); }
    if (ev.key === "Escape") { results.textContent = ""; }
  });
  search.addEventListener("blur", function () { results.textContent = ""; });

  renderCrumbs();
  showOverview();

  // for tests and the curious: the network and what is drawn
  window.kgView = {
    network: network, data: DATA, fold: fold, selectNode: selectNode, state: state,
    showPlace: function (id) { go("place", id); },
    drawnIds: function () { return Array.from(drawnIds); },
    drawn: function () {
      return { nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length };
    },
    labelPixels: function (id) {
      return network.body.nodes[id].options.font.size * network.getScale();
    }
  };
