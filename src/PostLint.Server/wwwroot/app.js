// PostLint serve: the page. Plain script, no libraries, nothing from the network but this server.
// Every text from a report is put into the page with textContent, never as HTML.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const SEVERITY_NAMES = { error: 'エラー', warning: '警告', suggestion: '提案' };
  const APPLICABILITY_NAMES = { safe: '安全な修正', unsafe: '要確認の修正', display: '修正案' };
  const SEVERITY_ORDER = { error: 0, warning: 1, suggestion: 2 };
  const CHECK_DELAY_MS = 300;

  const draft = $('draft');
  const backdrop = $('backdrop');
  const findingsList = $('findings');
  const status = $('status');
  let checkedText = null;
  let lastReport = null;
  let sequence = 0;
  let timer = 0;
  let inflight = null;
  const ruleTitles = new Map();

  function settings() {
    return {
      profile: $('profile').value || undefined,
      platform: $('platform').value || undefined,
      sponsored: $('sponsored').checked,
    };
  }

  async function problemText(response) {
    try {
      const problem = await response.json();
      return (problem.title || 'エラー') + (problem.detail ? '：' + problem.detail : '');
    } catch {
      return `サーバーがエラーを返しました（${response.status}）`;
    }
  }

  async function postJson(path, body, signal) {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
    if (!response.ok) {
      throw new Error(await problemText(response));
    }
    return response.json();
  }

  function say(element, text, isProblem) {
    element.textContent = text;
    element.classList.toggle('problem', Boolean(isProblem));
  }

  // ---- Draft: check as you type --------------------------------------------------------------

  function scheduleCheck(delay = CHECK_DELAY_MS) {
    clearTimeout(timer);
    timer = setTimeout(runCheck, delay);
    renderHighlights(lastReport && checkedText === draft.value ? lastReport.results : []);
  }

  async function runCheck() {
    const text = draft.value;
    const mine = ++sequence;
    if (inflight) inflight.abort();
    inflight = new AbortController();
    const body = { text, ...settings() };
    try {
      const [report, measure] = await Promise.all([
        postJson('/api/v1/check', body, inflight.signal),
        postJson('/api/v1/measure', body, inflight.signal),
      ]);
      if (mine !== sequence) return;
      checkedText = text;
      lastReport = report;
      renderCounter(measure);
      renderFindings(report.results);
      renderHighlights(draft.value === text ? report.results : []);
      // A problem of an earlier request is over; a message about an applied fix stays.
      if (status.classList.contains('problem')) say(status, '');
      document.body.dataset.checked = String(mine);
    } catch (error) {
      if (error.name === 'AbortError' || mine !== sequence) return;
      say(status, error.message, true);
    }
  }

  function renderCounter(measure) {
    const counter = $('counter');
    const ratio = Math.min(measure.length / measure.limit, 1);
    counter.style.setProperty('--fill', `${Math.round(ratio * 360)}deg`);
    counter.classList.toggle('over', measure.over);
    counter.classList.toggle('near', !measure.over && ratio >= 0.9);
    const unit = measure.unit === 'x-weighted' ? '（X の数え方）' : '';
    $('counter-text').textContent = measure.over
      ? `${measure.length} / ${measure.limit}${unit} — ${measure.length - measure.limit} 超過`
      : `${measure.length} / ${measure.limit}${unit}`;
  }

  // The backdrop behind the transparent text area repeats the text with <mark>s on the findings.
  function renderHighlights(results) {
    const text = draft.value;
    backdrop.replaceChildren();
    const spans = results.filter((r) => r.length > 0 && r.start + r.length <= text.length);
    const cuts = new Set([0, text.length]);
    for (const r of spans) { cuts.add(r.start); cuts.add(r.start + r.length); }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      const piece = text.slice(from, to);
      const covering = spans.filter((r) => r.start <= from && r.start + r.length >= to);
      if (covering.length === 0) {
        backdrop.append(document.createTextNode(piece));
        continue;
      }
      const worst = covering.reduce((a, b) => (SEVERITY_ORDER[b.severity] < SEVERITY_ORDER[a.severity] ? b : a));
      const mark = document.createElement('mark');
      mark.className = worst.severity;
      mark.dataset.rules = [...new Set(covering.map((r) => r.ruleId))].join(' ');
      mark.dataset.findings = covering.map((r) => results.indexOf(r)).join(' ');
      mark.textContent = piece;
      backdrop.append(mark);
    }
    // A final line break needs something after it to take up its line.
    backdrop.append(document.createTextNode('\u200b'));
    backdrop.scrollTop = draft.scrollTop;
  }

  function renderFindings(results) {
    findingsList.replaceChildren();
    // Diagnostics about the run (scope "run": a dictionary that is not installed) belong to no
    // span of the draft; the findings list shows what is in the text.
    const shown = results.filter((r) => r.scope !== 'run');
    $('findings-count').textContent = String(shown.length);
    $('findings-empty').hidden = shown.length > 0;
    shown.forEach((result) => findingsList.append(findingItem(result, results.indexOf(result))));
  }

  function findingItem(result, index) {
    const item = document.createElement('li');
    item.className = `finding ${result.severity}`;
    item.setAttribute('role', 'listitem');
    item.dataset.rule = result.ruleId;
    item.dataset.index = String(index);

    const head = document.createElement('div');
    head.className = 'head';
    const badge = document.createElement('span');
    badge.className = `badge ${result.severity}`;
    badge.textContent = SEVERITY_NAMES[result.severity] || result.severity;
    const link = document.createElement('a');
    link.className = 'rule-id';
    link.href = `/rules/${encodeURIComponent(result.ruleId)}`;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = result.ruleId;
    link.title = `${result.ruleId} の説明を開く`;
    head.append(badge, link);
    const title = ruleTitles.get(result.ruleId);
    if (title) {
      const small = document.createElement('span');
      small.className = 'where';
      small.textContent = title;
      head.append(small);
    }

    const message = document.createElement('p');
    message.className = 'message';
    message.textContent = result.message;

    const where = document.createElement('div');
    where.className = 'where';
    const matched = checkedText ? checkedText.slice(result.start, result.start + result.length) : '';
    where.append(`${result.line} 行 ${result.column} 文字目`);
    if (matched) {
      const quote = document.createElement('q');
      quote.textContent = matched;
      where.append(' ', quote);
    }

    item.append(head, message, where);
    if (result.references.length > 0) {
      const refs = document.createElement('ul');
      refs.className = 'refs';
      refs.setAttribute('aria-label', '根拠となる条項');
      for (const reference of result.references) {
        const li = document.createElement('li');
        li.textContent = reference;
        refs.append(li);
      }
      item.append(refs);
    }

    for (const fix of result.fixes) {
      const row = document.createElement('div');
      row.className = 'fix';
      const label = document.createElement('span');
      label.textContent = `${APPLICABILITY_NAMES[fix.applicability] || fix.applicability}: ${fix.title}`;
      row.append(label);
      if (fix.applicability !== 'display' && fix.edits.length > 0) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'apply';
        button.textContent = '適用';
        button.setAttribute('aria-label', `${result.ruleId} の修正を適用: ${fix.title}`);
        button.addEventListener('click', () => applyFix(fix));
        row.append(button);
      }
      item.append(row);
    }

    const activate = (on) => {
      item.classList.toggle('active', on);
      for (const mark of backdrop.querySelectorAll('mark')) {
        if (mark.dataset.findings.split(' ').includes(String(index))) mark.classList.toggle('active', on);
      }
    };
    item.addEventListener('mouseenter', () => activate(true));
    item.addEventListener('mouseleave', () => activate(false));
    item.addEventListener('focusin', () => activate(true));
    item.addEventListener('focusout', () => activate(false));
    item.addEventListener('click', (event) => {
      if (event.target.closest('a, button')) return;
      draft.focus();
      draft.setSelectionRange(result.start, result.start + result.length);
    });
    return item;
  }

  // Edits are UTF-16 offsets into the checked text, which is what JavaScript strings index.
  function applyFix(fix) {
    if (draft.value !== checkedText) {
      say(status, '本文が変わったため、もう一度チェックしてから適用してください。', true);
      scheduleCheck(0);
      return;
    }
    let text = draft.value;
    const edits = [...fix.edits].sort((a, b) => b.start - a.start);
    for (const edit of edits) {
      text = text.slice(0, edit.start) + edit.newText + text.slice(edit.start + edit.length);
    }
    setDraft(text);
    say(status, `修正を適用しました: ${fix.title}`);
  }

  function setDraft(text) {
    draft.value = text;
    checkedText = null;
    scheduleCheck(0);
  }

  async function fixAll() {
    try {
      const result = await postJson('/api/v1/fix', { text: draft.value, ...settings() });
      if (result.changed) {
        setDraft(result.fixedText);
      }
      say(status, result.applied.length > 0
        ? `${result.applied.length} 件の安全な修正を適用しました（${[...new Set(result.applied.map((a) => a.ruleId))].join('、')}）。`
        : '適用できる安全な修正はありません。');
    } catch (error) {
      say(status, error.message, true);
    }
  }

  async function copyDraft() {
    try {
      await navigator.clipboard.writeText(draft.value);
      say(status, '本文をコピーしました。');
    } catch {
      draft.select();
      say(status, document.execCommand('copy') ? '本文をコピーしました。' : 'コピーできませんでした。本文を選択したので Ctrl+C でコピーしてください。');
    }
  }

  // ---- Audit ---------------------------------------------------------------------------------

  let auditResults = [];

  function auditQuery(format) {
    const s = settings();
    const query = new URLSearchParams({ format });
    if (s.profile) query.set('profile', s.profile);
    if (s.platform) query.set('platform', s.platform);
    if (s.sponsored) query.set('sponsored', 'true');
    if (format === 'json') query.set('postText', 'true');
    return query;
  }

  async function upload(format) {
    const files = $('audit-files').files;
    if (files.length === 0) {
      throw new Error('監査するファイルを選んでください。');
    }
    const form = new FormData();
    for (const file of files) form.append('files', file, file.webkitRelativePath || file.name);
    const response = await fetch(`/api/v1/audit?${auditQuery(format)}`, { method: 'POST', body: form });
    if (!response.ok) {
      throw new Error(await problemText(response));
    }
    return response;
  }

  async function runAudit(event) {
    event.preventDefault();
    const auditStatus = $('audit-status');
    const button = $('audit-run');
    button.disabled = true;
    say(auditStatus, '監査しています…');
    try {
      const report = await (await upload('json')).json();
      auditResults = report.results.filter((r) => r.scope !== 'run');
      renderAudit(report);
      say(auditStatus, `監査が終わりました。${report.summary.read} 件を読み、${report.summary.posts} 件の投稿をチェックしました。`);
    } catch (error) {
      say(auditStatus, error.message, true);
    } finally {
      button.disabled = false;
    }
  }

  function renderAudit(report) {
    $('audit-result').hidden = false;
    const s = report.summary;
    const totals = $('audit-totals');
    totals.replaceChildren();
    for (const [label, value] of [['読んだ件数', s.read], ['チェックした投稿', s.posts], ['読めなかった', s.rejected], ['対象外（リポストなど）', s.skipped], ['エラー', s.errors], ['警告', s.warnings], ['提案', s.suggestions]]) {
      const group = document.createElement('div');
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      dd.textContent = String(value);
      group.append(dt, dd);
      totals.append(group);
    }

    const body = $('audit-by-rule').tBodies[0];
    body.replaceChildren();
    const filterRule = $('filter-rule');
    filterRule.replaceChildren(new Option('すべて', ''));
    for (const [ruleId, count] of Object.entries(s.byRule)) {
      const row = body.insertRow();
      row.dataset.rule = ruleId;
      const idCell = row.insertCell();
      const link = document.createElement('a');
      link.href = `/rules/${encodeURIComponent(ruleId)}`;
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = ruleId;
      idCell.append(link);
      row.insertCell().textContent = ruleTitles.get(ruleId) || '';
      const countCell = row.insertCell();
      countCell.className = 'num';
      countCell.textContent = String(count);
      filterRule.append(new Option(`${ruleId}（${count}）`, ruleId));
    }
    renderAuditTable();
  }

  // Where a finding is: its post, or for a record that could not be read (scope "file") the file
  // and, when known, the line.
  function place(r) {
    if (r.postId) {
      return r.postId;
    }
    return r.sourceLine ? `${r.source}:${r.sourceLine}` : (r.source || '');
  }

  function renderAuditTable() {
    const rule = $('filter-rule').value;
    const severity = $('filter-severity').value;
    const needle = $('filter-text').value.trim().toLowerCase();
    const rows = auditResults.filter((r) =>
      (!rule || r.ruleId === rule) &&
      (!severity || r.severity === severity) &&
      (!needle || [r.postId || '', r.message, r.postText || '', r.source || ''].some((v) => String(v).toLowerCase().includes(needle))));
    const body = $('audit-findings').tBodies[0];
    body.replaceChildren();
    const limit = 2000;
    for (const r of rows.slice(0, limit)) {
      const row = body.insertRow();
      row.className = r.severity;
      row.dataset.rule = r.ruleId;
      row.insertCell().textContent = place(r);
      row.insertCell().textContent = r.ruleId;
      row.insertCell().textContent = SEVERITY_NAMES[r.severity] || r.severity;
      row.insertCell().textContent = r.message;
      const post = row.insertCell();
      post.className = 'post';
      const text = r.postText || '';
      if (text && r.length > 0) {
        const mark = document.createElement('mark');
        mark.textContent = text.slice(r.start, r.start + r.length);
        post.append(text.slice(0, r.start), mark, text.slice(r.start + r.length));
      } else {
        post.textContent = text;
      }
    }
    $('filter-shown').textContent = rows.length > limit
      ? `${rows.length} 件中 ${limit} 件を表示（絞り込んでください）`
      : `${rows.length} 件を表示`;
  }

  async function download(format) {
    const auditStatus = $('audit-status');
    try {
      const blob = await (await upload(format)).blob();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `postlint-audit.${format}`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      say(auditStatus, `${format.toUpperCase()} をダウンロードしました。`);
    } catch (error) {
      say(auditStatus, error.message, true);
    }
  }

  // ---- Tabs (arrow keys move between them, as the WAI-ARIA tabs pattern asks) --------------

  function selectTab(tab) {
    for (const other of document.querySelectorAll('[role="tab"]')) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      $(other.getAttribute('aria-controls')).hidden = !selected;
    }
    tab.focus();
  }

  function wireTabs() {
    const tabs = [...document.querySelectorAll('[role="tab"]')];
    tabs.forEach((tab, i) => {
      tab.addEventListener('click', () => selectTab(tab));
      tab.addEventListener('keydown', (event) => {
        const moves = { ArrowRight: 1, ArrowLeft: -1, Home: -i, End: tabs.length - 1 - i };
        if (event.key in moves) {
          event.preventDefault();
          selectTab(tabs[(i + moves[event.key] + tabs.length) % tabs.length]);
        }
      });
    });
  }

  async function loadRuleTitles() {
    try {
      const response = await fetch('/api/v1/rules');
      if (!response.ok) return;
      const rules = await response.json();
      for (const rule of rules.rules) ruleTitles.set(rule.id, rule.titleJa || rule.title);
    } catch {
      // Titles are a nicety; findings show without them.
    }
  }

  wireTabs();
  draft.addEventListener('input', () => scheduleCheck());
  draft.addEventListener('scroll', () => { backdrop.scrollTop = draft.scrollTop; });
  for (const id of ['profile', 'platform', 'sponsored']) $(id).addEventListener('change', () => scheduleCheck(0));
  $('settings').addEventListener('submit', (event) => event.preventDefault());
  $('fix-all').addEventListener('click', fixAll);
  $('copy').addEventListener('click', copyDraft);
  $('audit-form').addEventListener('submit', runAudit);
  for (const button of document.querySelectorAll('.downloads button')) button.addEventListener('click', () => download(button.dataset.format));
  for (const id of ['filter-rule', 'filter-severity']) $(id).addEventListener('change', renderAuditTable);
  $('filter-text').addEventListener('input', renderAuditTable);
  $('audit-filters').addEventListener('submit', (event) => event.preventDefault());
  loadRuleTitles().then(() => scheduleCheck(0));
})();
