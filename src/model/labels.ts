/** The words printed around the content, per language (deck front matter `lang`). */
export interface Labels {
  studyGuide: string;
  contents: string;
  /** Names a part of a combined guide (--combine): "Part 2". */
  part: string;
  /** Title of the deck's introduction, printed before the contents. */
  introduction: string;
  questions: string;
  inShort: string;
  /** Printed in place of the answer of a question with none yet. */
  openQuestion: string;
  pagePrefix: string;
  pageOf: string;
  fullAnswer: string;
  pageShort: string;
  levels: { easy: string; medium: string; hard: string };
  quiz: string;
  answerKey: string;
  name: string;
  date: string;
  /** Words of the filter note on the cover and contents (`Selection: level easy · tag dns`). */
  selection: string;
  level: string;
  tag: string;
  section: string;
  shuffled: string;
  seed: string;
  /** The screen controls of guide.html (search, filters, buttons); `{shown}`/`{total}` are filled in. */
  searchPlaceholder: string;
  allLevels: string;
  allTags: string;
  collapseAll: string;
  expandAll: string;
  print: string;
  countAll: string;
  countShown: string;
}

/** Label overrides (config `labels`): any subset, levels included. */
export type LabelOverrides = Partial<Omit<Labels, 'levels'>> & { levels?: Partial<Labels['levels']> };

const en: Labels = {
  studyGuide: 'Study guide',
  contents: 'Contents',
  part: 'Part',
  introduction: 'Introduction',
  questions: 'Questions',
  inShort: 'In short:',
  openQuestion: 'No answer yet.',
  pagePrefix: 'page ',
  pageOf: ' of ',
  fullAnswer: 'full answer:',
  pageShort: 'p.',
  levels: { easy: 'easy', medium: 'medium', hard: 'hard' },
  quiz: 'Quiz',
  answerKey: 'Answer key',
  name: 'Name',
  date: 'Date',
  selection: 'Selection:',
  level: 'level',
  tag: 'tag',
  section: 'section',
  shuffled: 'shuffled',
  seed: 'seed',
  searchPlaceholder: 'Search questions…',
  allLevels: 'All levels',
  allTags: 'All tags',
  collapseAll: 'Collapse all',
  expandAll: 'Expand all',
  print: 'Print',
  countAll: '{total} questions',
  countShown: '{shown} of {total} questions',
};

// Translations list only what differs from English, so a label added later falls back to it.
const de: LabelOverrides = {
  studyGuide: 'Lernleitfaden',
  contents: 'Inhalt',
  part: 'Teil',
  introduction: 'Einleitung',
  questions: 'Fragen',
  inShort: 'Kurz gesagt:',
  openQuestion: 'Noch keine Antwort.',
  pagePrefix: 'Seite ',
  pageOf: ' von ',
  fullAnswer: 'ausführlich:',
  pageShort: 'S.',
  levels: { easy: 'leicht', medium: 'mittel', hard: 'schwer' },
  quiz: 'Quiz',
  answerKey: 'Lösungen',
  name: 'Name',
  date: 'Datum',
  selection: 'Auswahl:',
  level: 'Stufe',
  tag: 'Schlagwort',
  section: 'Abschnitt',
  shuffled: 'gemischt',
  seed: 'Startwert',
  searchPlaceholder: 'Fragen durchsuchen…',
  allLevels: 'Alle Stufen',
  allTags: 'Alle Schlagwörter',
  collapseAll: 'Alle zuklappen',
  expandAll: 'Alle aufklappen',
  print: 'Drucken',
  countAll: '{total} Fragen',
  countShown: '{shown} von {total} Fragen',
};

const fr: LabelOverrides = {
  studyGuide: 'Guide de révision',
  contents: 'Sommaire',
  part: 'Partie',
  introduction: 'Introduction',
  questions: 'Questions',
  inShort: 'En bref :',
  openQuestion: 'Pas encore de réponse.',
  pagePrefix: 'page ',
  pageOf: ' sur ',
  fullAnswer: 'réponse complète :',
  pageShort: 'p.',
  levels: { easy: 'facile', medium: 'moyen', hard: 'difficile' },
  quiz: 'Quiz',
  answerKey: 'Corrigé',
  name: 'Nom',
  date: 'Date',
  selection: 'Sélection :',
  level: 'niveau',
  tag: 'mot-clé',
  section: 'partie',
  shuffled: 'mélangé',
  seed: 'graine',
  searchPlaceholder: 'Rechercher une question…',
  allLevels: 'Tous niveaux',
  allTags: 'Tous mots-clés',
  collapseAll: 'Tout replier',
  expandAll: 'Tout déplier',
  print: 'Imprimer',
  countAll: '{total} questions',
  countShown: '{shown} sur {total} questions',
};

const es: LabelOverrides = {
  studyGuide: 'Guía de estudio',
  contents: 'Índice',
  part: 'Parte',
  introduction: 'Introducción',
  questions: 'Preguntas',
  inShort: 'En breve:',
  openQuestion: 'Aún sin respuesta.',
  pagePrefix: 'página ',
  pageOf: ' de ',
  fullAnswer: 'respuesta completa:',
  pageShort: 'p.',
  levels: { easy: 'fácil', medium: 'media', hard: 'difícil' },
  quiz: 'Cuestionario',
  answerKey: 'Soluciones',
  name: 'Nombre',
  date: 'Fecha',
  selection: 'Selección:',
  level: 'nivel',
  tag: 'etiqueta',
  section: 'sección',
  shuffled: 'en orden aleatorio',
  seed: 'semilla',
  searchPlaceholder: 'Buscar preguntas…',
  allLevels: 'Todos los niveles',
  allTags: 'Todas las etiquetas',
  collapseAll: 'Plegar todo',
  expandAll: 'Desplegar todo',
  print: 'Imprimir',
  countAll: '{total} preguntas',
  countShown: '{shown} de {total} preguntas',
};

const pt: LabelOverrides = {
  studyGuide: 'Guia de estudo',
  contents: 'Sumário',
  part: 'Parte',
  introduction: 'Introdução',
  questions: 'Perguntas',
  inShort: 'Em resumo:',
  openQuestion: 'Ainda sem resposta.',
  pagePrefix: 'página ',
  pageOf: ' de ',
  fullAnswer: 'resposta completa:',
  levels: { easy: 'fácil', medium: 'médio', hard: 'difícil' },
  quiz: 'Questionário',
  answerKey: 'Gabarito',
  name: 'Nome',
  date: 'Data',
  selection: 'Seleção:',
  level: 'nível',
  tag: 'etiqueta',
  section: 'seção',
  shuffled: 'em ordem aleatória',
  seed: 'semente',
  searchPlaceholder: 'Buscar perguntas…',
  allLevels: 'Todos os níveis',
  allTags: 'Todas as etiquetas',
  collapseAll: 'Recolher tudo',
  expandAll: 'Expandir tudo',
  print: 'Imprimir',
  countAll: '{total} perguntas',
  countShown: '{shown} de {total} perguntas',
};

// Counts are written "Вопросов: 12" so that no plural form has to agree with the number.
const ru: LabelOverrides = {
  studyGuide: 'Пособие для подготовки',
  contents: 'Содержание',
  part: 'Часть',
  introduction: 'Введение',
  questions: 'Вопросы',
  inShort: 'Коротко:',
  openQuestion: 'Ответа пока нет.',
  pagePrefix: 'с. ',
  pageOf: ' из ',
  fullAnswer: 'полный ответ:',
  pageShort: 'с.',
  levels: { easy: 'лёгкий', medium: 'средний', hard: 'сложный' },
  quiz: 'Тест',
  answerKey: 'Ответы',
  name: 'Имя',
  date: 'Дата',
  selection: 'Отбор:',
  level: 'уровень',
  tag: 'метка',
  section: 'раздел',
  shuffled: 'в случайном порядке',
  seed: 'зерно',
  searchPlaceholder: 'Поиск по вопросам…',
  allLevels: 'Все уровни',
  allTags: 'Все метки',
  collapseAll: 'Свернуть все',
  expandAll: 'Развернуть все',
  print: 'Печать',
  countAll: 'Вопросов: {total}',
  countShown: 'Показано {shown} из {total}',
};

// Page numbers as "3 / 10": a Chinese "page X of Y" needs words on both sides of each number.
const zh: LabelOverrides = {
  studyGuide: '学习指南',
  contents: '目录',
  part: '部分',
  introduction: '引言',
  questions: '题目',
  inShort: '简答：',
  openQuestion: '暂无答案。',
  pagePrefix: '',
  pageOf: ' / ',
  fullAnswer: '完整答案：',
  levels: { easy: '简单', medium: '中等', hard: '困难' },
  quiz: '测验',
  answerKey: '答案',
  name: '姓名',
  date: '日期',
  selection: '筛选：',
  level: '难度',
  tag: '标签',
  section: '章节',
  shuffled: '随机顺序',
  seed: '种子',
  searchPlaceholder: '搜索题目…',
  allLevels: '全部难度',
  allTags: '全部标签',
  collapseAll: '全部折叠',
  expandAll: '全部展开',
  print: '打印',
  countAll: '共 {total} 题',
  countShown: '显示 {shown} / {total} 题',
};

const ko: LabelOverrides = {
  studyGuide: '학습 가이드',
  contents: '목차',
  part: '부',
  introduction: '들어가며',
  questions: '질문',
  inShort: '요약:',
  openQuestion: '아직 답이 없습니다.',
  pagePrefix: '',
  pageOf: ' / ',
  fullAnswer: '전체 답변:',
  levels: { easy: '쉬움', medium: '보통', hard: '어려움' },
  quiz: '퀴즈',
  answerKey: '정답',
  name: '이름',
  date: '날짜',
  selection: '선택:',
  level: '난이도',
  tag: '태그',
  section: '섹션',
  shuffled: '무작위 순서',
  seed: '시드',
  searchPlaceholder: '질문 검색…',
  allLevels: '모든 난이도',
  allTags: '모든 태그',
  collapseAll: '모두 접기',
  expandAll: '모두 펼치기',
  print: '인쇄',
  countAll: '질문 {total}개',
  countShown: '질문 {total}개 중 {shown}개',
};

const ja: LabelOverrides = {
  studyGuide: '学習ガイド',
  contents: '目次',
  part: '部',
  introduction: 'はじめに',
  questions: '問題',
  inShort: '要点：',
  openQuestion: 'まだ回答がありません。',
  pagePrefix: '',
  pageOf: ' / ',
  fullAnswer: '詳しい回答：',
  levels: { easy: '易', medium: '中', hard: '難' },
  quiz: 'クイズ',
  answerKey: '解答',
  name: '氏名',
  date: '日付',
  selection: '絞り込み：',
  level: '難易度',
  tag: 'タグ',
  section: 'セクション',
  shuffled: 'ランダム順',
  seed: 'シード',
  searchPlaceholder: '問題を検索…',
  allLevels: 'すべての難易度',
  allTags: 'すべてのタグ',
  collapseAll: 'すべて閉じる',
  expandAll: 'すべて開く',
  print: '印刷',
  countAll: '全 {total} 問',
  countShown: '{total} 問中 {shown} 問を表示',
};

// Arabic: printed right to left (render/view.ts sets the pages' direction from the language).
const ar: LabelOverrides = {
  studyGuide: 'دليل الدراسة',
  contents: 'المحتويات',
  part: 'الجزء',
  introduction: 'مقدمة',
  questions: 'الأسئلة',
  inShort: 'باختصار:',
  openQuestion: 'لا توجد إجابة بعد.',
  pagePrefix: 'صفحة ',
  pageOf: ' من ',
  fullAnswer: 'الإجابة الكاملة:',
  pageShort: 'ص',
  levels: { easy: 'سهل', medium: 'متوسط', hard: 'صعب' },
  quiz: 'اختبار',
  answerKey: 'مفتاح الإجابات',
  name: 'الاسم',
  date: 'التاريخ',
  selection: 'التحديد:',
  level: 'المستوى',
  tag: 'الوسم',
  section: 'القسم',
  shuffled: 'بترتيب عشوائي',
  seed: 'البذرة',
  searchPlaceholder: 'ابحث في الأسئلة…',
  allLevels: 'كل المستويات',
  allTags: 'كل الوسوم',
  collapseAll: 'طي الكل',
  expandAll: 'توسيع الكل',
  print: 'طباعة',
  countAll: 'الأسئلة: {total}',
  countShown: 'يظهر {shown} من {total}',
};

// Hebrew: printed right to left, like Arabic.
const he: LabelOverrides = {
  studyGuide: 'מדריך לימוד',
  contents: 'תוכן העניינים',
  part: 'חלק',
  introduction: 'מבוא',
  questions: 'שאלות',
  inShort: 'בקצרה:',
  openQuestion: 'אין עדיין תשובה.',
  pagePrefix: 'עמוד ',
  pageOf: ' מתוך ',
  fullAnswer: 'תשובה מלאה:',
  pageShort: 'עמ׳',
  levels: { easy: 'קל', medium: 'בינוני', hard: 'קשה' },
  quiz: 'בוחן',
  answerKey: 'מפתח תשובות',
  name: 'שם',
  date: 'תאריך',
  selection: 'בחירה:',
  level: 'רמה',
  tag: 'תגית',
  section: 'פרק',
  shuffled: 'בסדר אקראי',
  seed: 'זרע',
  searchPlaceholder: 'חיפוש בשאלות…',
  allLevels: 'כל הרמות',
  allTags: 'כל התגיות',
  collapseAll: 'לכווץ הכול',
  expandAll: 'להרחיב הכול',
  print: 'הדפסה',
  countAll: 'שאלות: {total}',
  countShown: 'מוצגות {shown} מתוך {total}',
};

// Persian: printed right to left, in the Arabic script.
const fa: LabelOverrides = {
  studyGuide: 'راهنمای مطالعه',
  contents: 'فهرست مطالب',
  part: 'قسمت',
  introduction: 'مقدمه',
  questions: 'پرسش‌ها',
  inShort: 'به‌طور خلاصه:',
  openQuestion: 'هنوز پاسخی ندارد.',
  pagePrefix: 'صفحهٔ ',
  pageOf: ' از ',
  fullAnswer: 'پاسخ کامل:',
  pageShort: 'ص',
  levels: { easy: 'آسان', medium: 'متوسط', hard: 'دشوار' },
  quiz: 'آزمون',
  answerKey: 'کلید پاسخ‌ها',
  name: 'نام',
  date: 'تاریخ',
  selection: 'انتخاب:',
  level: 'سطح',
  tag: 'برچسب',
  section: 'بخش',
  shuffled: 'به ترتیب تصادفی',
  seed: 'بذر',
  searchPlaceholder: 'جستجو در پرسش‌ها…',
  allLevels: 'همهٔ سطح‌ها',
  allTags: 'همهٔ برچسب‌ها',
  collapseAll: 'بستن همه',
  expandAll: 'باز کردن همه',
  print: 'چاپ',
  countAll: 'پرسش‌ها: {total}',
  countShown: '{shown} از {total} نشان داده شده',
};

// Urdu: printed right to left, in the Arabic script.
const ur: LabelOverrides = {
  studyGuide: 'مطالعاتی رہنما',
  contents: 'فہرست',
  part: 'حصہ',
  introduction: 'تعارف',
  questions: 'سوالات',
  inShort: 'مختصراً:',
  openQuestion: 'ابھی کوئی جواب نہیں۔',
  pagePrefix: 'صفحہ ',
  pageOf: ' از ',
  fullAnswer: 'مکمل جواب:',
  pageShort: 'ص',
  levels: { easy: 'آسان', medium: 'درمیانہ', hard: 'مشکل' },
  quiz: 'کوئز',
  answerKey: 'جوابات کی کلید',
  name: 'نام',
  date: 'تاریخ',
  selection: 'انتخاب:',
  level: 'سطح',
  tag: 'ٹیگ',
  section: 'باب',
  shuffled: 'بے ترتیب',
  seed: 'بیج',
  searchPlaceholder: 'سوالات میں تلاش کریں…',
  allLevels: 'تمام سطحیں',
  allTags: 'تمام ٹیگ',
  collapseAll: 'سب بند کریں',
  expandAll: 'سب کھولیں',
  print: 'پرنٹ کریں',
  countAll: 'سوالات: {total}',
  countShown: '{total} میں سے {shown} دکھائے گئے',
};

// Hindi (Devanagari, as Marathi and Nepali).
const hi: LabelOverrides = {
  studyGuide: 'अध्ययन मार्गदर्शिका',
  contents: 'विषय-सूची',
  part: 'भाग',
  introduction: 'परिचय',
  questions: 'प्रश्न',
  inShort: 'संक्षेप में:',
  openQuestion: 'अभी कोई उत्तर नहीं।',
  pagePrefix: 'पृष्ठ ',
  pageOf: ' / ',
  fullAnswer: 'पूरा उत्तर:',
  pageShort: 'पृ.',
  levels: { easy: 'आसान', medium: 'मध्यम', hard: 'कठिन' },
  quiz: 'प्रश्नोत्तरी',
  answerKey: 'उत्तर कुंजी',
  name: 'नाम',
  date: 'दिनांक',
  selection: 'चयन:',
  level: 'स्तर',
  tag: 'टैग',
  section: 'खंड',
  shuffled: 'क्रम बदला गया',
  seed: 'बीज',
  searchPlaceholder: 'प्रश्न खोजें…',
  allLevels: 'सभी स्तर',
  allTags: 'सभी टैग',
  collapseAll: 'सब बंद करें',
  expandAll: 'सब खोलें',
  print: 'प्रिंट करें',
  countAll: '{total} प्रश्न',
  countShown: '{total} में से {shown} प्रश्न',
};

// Thai: words run on without spaces; the browser finds the line breaks.
const th: LabelOverrides = {
  studyGuide: 'คู่มือการเรียน',
  contents: 'สารบัญ',
  part: 'ภาค',
  introduction: 'บทนำ',
  questions: 'คำถาม',
  inShort: 'โดยย่อ:',
  openQuestion: 'ยังไม่มีคำตอบ',
  pagePrefix: 'หน้า ',
  pageOf: ' จาก ',
  fullAnswer: 'คำตอบเต็ม:',
  pageShort: 'หน้า',
  levels: { easy: 'ง่าย', medium: 'ปานกลาง', hard: 'ยาก' },
  quiz: 'แบบทดสอบ',
  answerKey: 'เฉลย',
  name: 'ชื่อ',
  date: 'วันที่',
  selection: 'การเลือก:',
  level: 'ระดับ',
  tag: 'แท็ก',
  section: 'หมวด',
  shuffled: 'สุ่มลำดับ',
  seed: 'ค่าเริ่มสุ่ม',
  searchPlaceholder: 'ค้นหาคำถาม…',
  allLevels: 'ทุกระดับ',
  allTags: 'ทุกแท็ก',
  collapseAll: 'ยุบทั้งหมด',
  expandAll: 'ขยายทั้งหมด',
  print: 'พิมพ์',
  countAll: 'คำถาม {total} ข้อ',
  countShown: 'แสดง {shown} จาก {total} ข้อ',
};

/** English labels with some replaced (a translation or a user's overrides). */
function withOverrides(base: Labels, overrides: LabelOverrides = {}): Labels {
  return { ...base, ...overrides, levels: { ...base.levels, ...(overrides.levels ?? {}) } } as Labels;
}

/** The built-in languages, each complete (missing words fall back to English). */
export const LABELS: Record<string, Labels> = Object.fromEntries(
  Object.entries({ en: {}, de, fr, es, pt, ru, zh, ko, ja, ar, he, fa, ur, hi, th }).map(([lang, words]) => [lang, withOverrides(en, words)]),
);

/** Labels for a language tag (`de-AT` → `de`), English when unknown, with overrides applied. */
export function labelsFor(lang: string, overrides: LabelOverrides = {}): Labels {
  const tag = lang.toLowerCase();
  const base = LABELS[tag] ?? LABELS[tag.split('-')[0]] ?? en;
  return withOverrides(base, overrides);
}

/** Languages written right to left (their first subtag): their pages are set right to left. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb']);

/** The writing direction of a language tag, as HTML's `dir` names it. */
export const directionOf = (lang: string): 'rtl' | 'ltr' => (RIGHT_TO_LEFT.has(lang.toLowerCase().split(/[-_]/)[0]) ? 'rtl' : 'ltr');
