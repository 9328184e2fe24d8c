// Screen features of guide.html: collapsible answers, search, level and tag filters, print.
// Inlined into the page by partials/screen-head.hbs; plain browser JavaScript, no libraries.
// The printing step runs with JavaScript off, so nothing here can change the PDF.
// Watch mode patches an open page in place (its questions become new elements) and then fires
// `studyguide:patched`: the setup runs again, dropping the listeners of the one before.
let screenSetup;
const setUpScreen = () => {
  'use strict';
  screenSetup?.abort();
  screenSetup = new AbortController();
  const on = (target, type, listener) => target.addEventListener(type, listener, { signal: screenSetup.signal });
  const controls = document.querySelector('.sg-controls');
  if (!controls) return;
  const search = controls.querySelector('.sg-search');
  const levelSelect = controls.querySelector('.sg-level');
  const tagSelect = controls.querySelector('.sg-tag');
  const toggleAll = controls.querySelector('.sg-toggle-all');
  const count = controls.querySelector('.sg-count');
  const questions = [...document.querySelectorAll('article.question')];
  // Words in the deck's language, put on the controls by the template.
  const words = controls.dataset;
  const fill = (text, shown) => (text || '').replace('{shown}', String(shown)).replace('{total}', String(questions.length));
  const sections = [...document.querySelectorAll('section.section')];
  // Saved per page for the session, so a live reload in watch mode keeps what the reader chose.
  const storageKey = `studyguide:${location.pathname}`;

  /** Lower case without accents, so "resume" finds "Résumé". */
  // Soft hyphens and typographic quotes of the printed text must not hide a word typed plainly.
  const fold = (text) =>
    text
      .replace(/\u00ad/g, '')
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');

  // Each tag as the deck wrote it (its list item's data-tag; a mark tag such as ⭐ prints as ★),
  // and how it prints, which the tag menu shows.
  const tagLabels = new Map();
  const tagsOf = (article) => {
    const listed = [...article.querySelectorAll('.question-meta .tags li')].map((li) => {
      const tag = li.dataset.tag || li.textContent.trim().replace(/^#/, '');
      tagLabels.set(tag, li.textContent.trim());
      return tag;
    });
    return listed.length ? listed : (article.dataset.tags || '').split(/\s+/).filter(Boolean);
  };

  const entries = questions.map((article) => {
    const head = article.querySelector('.question-head h3');
    const answer = article.querySelector('.answer');
    const tocLink = article.id ? document.querySelector(`.toc a[href="#${CSS.escape(article.id)}"]`) : null;
    return { article, head, answer, tags: tagsOf(article), text: fold(article.textContent || ''), tocItem: tocLink && tocLink.closest('li') };
  });

  const allTags = [...new Set(entries.flatMap((e) => e.tags))].sort((a, b) => a.localeCompare(b));
  tagSelect.length = 1;
  for (const tag of allTags) tagSelect.add(new Option(tagLabels.get(tag) || `#${tag}`, tag));
  if (allTags.length === 0) tagSelect.hidden = true;

  const isCollapsed = (e) => e.article.classList.contains('sg-collapsed');

  const setCollapsed = (e, collapsed) => {
    e.article.classList.toggle('sg-collapsed', collapsed);
    if (e.head) e.head.setAttribute('aria-expanded', String(!collapsed));
  };

  const apply = () => {
    const terms = fold(search.value).split(/\s+/).filter(Boolean);
    const level = levelSelect.value;
    const tag = tagSelect.value;
    const filtering = terms.length > 0 || level !== '' || tag !== '';
    let shown = 0;
    for (const e of entries) {
      const match = (!level || e.article.dataset.level === level) && (!tag || e.tags.includes(tag)) && terms.every((t) => e.text.includes(t));
      e.article.classList.toggle('sg-hidden', !match);
      if (e.tocItem) e.tocItem.classList.toggle('sg-hidden', !match);
      if (match) shown++;
    }
    // A part of a combined guide holds no questions itself: it shows while a section of it does.
    const showsMatch = (section) => section.querySelector('article.question:not(.sg-hidden)');
    const partShowsMatch = (part) => {
      for (let s = part.nextElementSibling; s && !s.classList.contains('part'); s = s.nextElementSibling) if (showsMatch(s)) return true;
      return false;
    };
    for (const section of sections) {
      const visible = section.classList.contains('part') ? partShowsMatch(section) : showsMatch(section);
      const hide = filtering && !visible;
      section.classList.toggle('sg-hidden', hide);
      const tocLink = section.id ? document.querySelector(`.toc a[href="#${CSS.escape(section.id)}"]`) : null;
      if (tocLink) tocLink.closest('li').classList.toggle('sg-hidden', hide);
    }
    count.value = fill(filtering ? words.countShown : questions.length === 1 && words.countOne ? words.countOne : words.countAll, shown);
    document.body.classList.toggle('sg-filtering', filtering);
    updateToggleAll();
    save();
  };

  const updateToggleAll = () => {
    const anyOpen = entries.some((e) => !e.article.classList.contains('sg-hidden') && !isCollapsed(e));
    toggleAll.dataset.action = anyOpen ? 'collapse' : 'expand';
    toggleAll.textContent = anyOpen ? words.collapseAll : words.expandAll;
  };

  const save = () => {
    const state = { q: search.value, level: levelSelect.value, tag: tagSelect.value, collapsed: entries.filter(isCollapsed).map((e) => e.article.id) };
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(state));
    } catch {
      // Storage can be off (private windows, file:// in some browsers): the page works without it.
    }
  };

  const restore = () => {
    let state;
    try {
      state = JSON.parse(sessionStorage.getItem(storageKey) || 'null');
    } catch {
      state = null;
    }
    if (!state || typeof state !== 'object') return;
    if (typeof state.q === 'string') search.value = state.q;
    if ([...levelSelect.options].some((o) => o.value === state.level)) levelSelect.value = state.level;
    if ([...tagSelect.options].some((o) => o.value === state.tag)) tagSelect.value = state.tag;
    const collapsed = new Set(Array.isArray(state.collapsed) ? state.collapsed : []);
    for (const e of entries) setCollapsed(e, collapsed.has(e.article.id));
  };

  for (const e of entries) {
    if (!e.head || !e.answer) continue;
    e.article.classList.add('sg-collapsible');
    if (!e.answer.id) e.answer.id = `${e.article.id}-answer`;
    e.head.setAttribute('role', 'button');
    e.head.tabIndex = 0;
    e.head.setAttribute('aria-controls', e.answer.id);
    setCollapsed(e, false);
    const toggle = (event) => {
      // A link inside the question text should still work as a link.
      if (event.target.closest('a')) return;
      setCollapsed(e, !isCollapsed(e));
      updateToggleAll();
      save();
    };
    on(e.head, 'click', toggle);
    on(e.head, 'keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      toggle(event);
    });
  }

  on(toggleAll, 'click', () => {
    const collapse = toggleAll.dataset.action === 'collapse';
    for (const e of entries) if (!e.article.classList.contains('sg-hidden')) setCollapsed(e, collapse);
    updateToggleAll();
    save();
  });
  on(search, 'input', apply);
  on(levelSelect, 'change', apply);
  on(tagSelect, 'change', apply);
  on(controls.querySelector('.sg-print'), 'click', () => window.print());

  // Following a link to a question (contents, another page) opens it.
  const openTarget = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const e = id && entries.find((x) => x.article.id === id);
    if (e && isCollapsed(e)) {
      setCollapsed(e, false);
      updateToggleAll();
      save();
    }
  };
  on(window, 'hashchange', openTarget);

  // "/" jumps to the search box, as on many sites; Escape clears it.
  on(document, 'keydown', (event) => {
    const typing = event.target instanceof HTMLElement && event.target.closest('input, select, textarea');
    if (event.key === '/' && !typing) {
      event.preventDefault();
      search.focus();
    } else if (event.key === 'Escape' && event.target === search && search.value) {
      search.value = '';
      apply();
    }
  });

  restore();
  controls.hidden = false;
  document.body.classList.add('sg-ready');
  apply();
  openTarget();
};
document.addEventListener('DOMContentLoaded', setUpScreen);
document.addEventListener('studyguide:patched', setUpScreen);
