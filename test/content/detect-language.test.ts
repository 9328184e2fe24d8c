import { describe, expect, it } from 'vitest';
import { detectLanguage, readLanguage } from '../../src/content/detect-language.js';
import { parseDeck } from '../../src/content/parse-deck.js';

const SAMPLES: Record<string, string> = {
  en: 'What happens when a pod is evicted? The kubelet stops its containers, the scheduler places a replacement on another node, and the service keeps routing traffic to the ready endpoints. Requests in flight may fail, so clients should retry with backoff.',
  es: '¿Qué ocurre cuando se reinicia un nodo? Los contenedores que estaban en ese nodo se detienen y el planificador los vuelve a crear en otros nodos disponibles. Las peticiones en curso pueden fallar, por lo que los clientes deben reintentar con una espera creciente.',
  de: 'Was passiert, wenn ein Knoten neu startet? Die Container auf diesem Knoten werden beendet, und der Planer erstellt sie auf anderen verfügbaren Knoten neu. Laufende Anfragen können fehlschlagen, deshalb sollten Clients mit wachsender Wartezeit erneut versuchen.',
  fr: "Que se passe-t-il quand un nœud redémarre ? Les conteneurs de ce nœud s'arrêtent et l'ordonnanceur les recrée sur d'autres nœuds disponibles. Les requêtes en cours peuvent échouer, donc les clients doivent réessayer avec une attente croissante.",
  ru: 'Что происходит при перезапуске узла? Контейнеры на этом узле останавливаются, а планировщик создаёт их заново на других доступных узлах. Запросы, которые были в обработке, могут завершиться ошибкой, поэтому клиентам стоит повторять их с растущей паузой.',
  zh: '节点重启时会发生什么？该节点上的容器会停止，调度器会在其他可用节点上重新创建它们。正在处理的请求可能失败，所以客户端应当在等待时间逐渐增加的情况下重试。',
  ja: 'ノードが再起動するとどうなりますか？そのノード上のコンテナは停止し、スケジューラーがほかの空いているノードで作り直します。処理中のリクエストは失敗することがあるので、クライアントは待ち時間を延ばしながら再試行します。',
  ko: '노드가 다시 시작되면 어떻게 됩니까? 그 노드의 컨테이너는 멈추고 스케줄러가 다른 사용 가능한 노드에서 다시 만듭니다. 처리 중이던 요청은 실패할 수 있으므로 클라이언트는 대기 시간을 늘려 가며 다시 시도해야 합니다.',
  ar: 'ماذا يحدث عند إعادة تشغيل عقدة؟ تتوقف الحاويات الموجودة على تلك العقدة، ويعيد المجدول إنشاءها على عقد أخرى متاحة. قد تفشل الطلبات الجارية، لذلك يجب على العملاء إعادة المحاولة مع انتظار متزايد.',
  fa: 'وقتی یک گره دوباره راه‌اندازی می‌شود چه اتفاقی می‌افتد؟ کانتینرهای آن گره متوقف می‌شوند و زمان‌بند آن‌ها را روی گره‌های آزاد دیگر دوباره می‌سازد. درخواست‌های در جریان ممکن است شکست بخورند، پس کلاینت‌ها باید با انتظار فزاینده دوباره تلاش کنند.',
  ur: 'جب کوئی نوڈ دوبارہ شروع ہوتا ہے تو کیا ہوتا ہے؟ اس نوڈ کے کنٹینر رک جاتے ہیں اور شیڈولر انہیں دوسرے دستیاب نوڈز پر دوبارہ بناتا ہے۔ جاری درخواستیں ناکام ہو سکتی ہیں، اس لیے کلائنٹس کو بڑھتے ہوئے وقفے کے ساتھ دوبارہ کوشش کرنی چاہیے۔',
  hi: 'जब कोई नोड फिर से शुरू होता है तो क्या होता है? उस नोड के कंटेनर रुक जाते हैं और शेड्यूलर उन्हें दूसरे उपलब्ध नोड पर फिर से बनाता है। चल रहे अनुरोध विफल हो सकते हैं, इसलिए क्लाइंट को बढ़ते अंतराल के साथ दोबारा कोशिश करनी चाहिए।',
  th: 'เกิดอะไรขึ้นเมื่อโหนดเริ่มทำงานใหม่ คอนเทนเนอร์บนโหนดนั้นจะหยุด และตัวจัดตารางจะสร้างขึ้นใหม่บนโหนดอื่นที่ว่างอยู่ คำขอที่กำลังประมวลผลอาจล้มเหลว ดังนั้นไคลเอนต์ควรลองใหม่โดยรอนานขึ้นเรื่อย ๆ',
  el: 'Τι συμβαίνει όταν ένας κόμβος ξεκινά ξανά; Τα κοντέινερ του κόμβου σταματούν και ο χρονοπρογραμματιστής τα δημιουργεί πάλι σε άλλους διαθέσιμους κόμβους. Τα αιτήματα που βρίσκονται σε εξέλιξη μπορεί να αποτύχουν, γι’ αυτό οι πελάτες πρέπει να ξαναδοκιμάζουν με καθυστέρηση.',
  he: 'מה קורה כאשר צומת מופעל מחדש? הקונטיינרים שעל הצומת נעצרים, והמתזמן יוצר אותם מחדש על צמתים פנויים אחרים. בקשות שהיו בטיפול עלולות להיכשל, ולכן על הלקוחות לנסות שוב עם המתנה הולכת וגדלה.',
};

describe("a deck's language, read from its prose", () => {
  it.each(Object.entries(SAMPLES))('tells %s', (lang, text) => {
    expect(detectLanguage(`# Deck\n\n## Nodes\n\n### ${text}\n\n> ${text}\n`)).toBe(lang);
  });

  it('tells Vietnamese by its letters in a bank full of English terms', () => {
    const quiz = (n: number) =>
      `## **${n}. Mục đích của Virtual DOM trong React là gì?**\n\nA. Cải thiện hiệu suất của server\nB. Cập nhật giao diện nhanh hơn\nC. Điều hướng giữa các trang\n`;
    expect(detectLanguage(`# React quiz\n\n${[1, 2, 3, 4].map(quiz).join('\n')}`)).toBe('vi');
  });

  // A deck of two or three questions: too few letters for the statistics, enough for a script or common words.
  it.each([
    ['es', '### ¿Qué es DNS?\n\n> Nombres a direcciones.'],
    ['de', '### Was ist DNS?\n\n> Namen zu Adressen, für alle.'],
    ['fr', '### Qu’est-ce que le DNS ?\n\n> Des noms vers des adresses.'],
    ['pt', '### O que é DNS?\n\n> Nomes para endereços.'],
    ['it', '### Cos’è il DNS?\n\n> Nomi in indirizzi.'],
    ['pl', '### Czym jest DNS?\n\n> Zamienia nazwy na adresy.'],
    ['tr', '### DNS nedir?\n\n> İsimleri adreslere çevirir.'],
    ['ru', '### Что такое DNS?\n\n> Имена в адреса.'],
    ['uk', '### Що таке DNS?\n\n> Імена в адреси.'],
    ['el', '### Τι είναι το DNS;\n\n> Ονόματα σε διευθύνσεις.'],
    ['zh', '### 什么是 DNS？\n\n> 名字到地址。'],
    ['ja', '### DNSとは？\n\n> 名前をアドレスに。'],
    ['ko', '### DNS란?\n\n> 이름을 주소로.'],
    ['he', '### מה זה DNS?\n\n> שמות לכתובות.'],
    ['fa', '### DNS چیست؟\n\n> نام‌ها به نشانی‌ها.'],
  ])('tells %s from a few words', (lang, text) => {
    expect(readLanguage(`# DNS\n\n${text}\n`)).toEqual({ lang, untold: false });
  });

  it('tells a few words of Spanish that share con, una and un with Italian', () => {
    const deck = '# Preguntas\n\n- **¿Cómo se crea una tupla?**\n\n  Con paréntesis o con la función.\n\n- **¿Cómo se recorre un conjunto?**\n\n  Con un bucle sobre sus elementos.\n\n- **¿Qué devuelve de una cadena?**\n\n  El número de letras que contiene.\n';
    expect(readLanguage(deck)).toEqual({ lang: 'es', untold: false });
  });

  it('keeps a short English deck English, and says when a short text is plainly not English but tells nothing more', () => {
    expect(readLanguage('# Redes\n\n### What is DNS?\n\n> Names to addresses.\n')).toEqual({ lang: undefined, untold: false });
    expect(readLanguage('# Deck\n\n## S\n\n### Q?\n\n> A.\n')).toEqual({ lang: undefined, untold: false });
    expect(readLanguage('# Café\n\n### Crème brûlée?\n\n> Oui.\n')).toEqual({ lang: undefined, untold: true });
    const deck = parseDeck('# Café\n\n### Crème brûlée?\n\n> Oui.\n\n### Tarte tatin?\n\n> Pommes.\n', { file: 'cafe.md', slug: 'cafe' });
    expect(deck.diagnostics.filter((d) => d.code === 'lang-untold').map((d) => d.line)).toEqual([1]);
    const named = parseDeck('---\nlang: fr\n---\n# Café\n\n### Crème brûlée?\n\n> Oui.\n', { file: 'cafe.md', slug: 'cafe' });
    expect(named.diagnostics.filter((d) => d.code === 'lang-untold')).toEqual([]);
  });

  it('keeps English for technical English full of names, and reads no code', () => {
    const words = 'Bloom backoff budget filter snapshot cache leader timeout lease follower token journal quorum replica shard jitter window compaction.';
    expect(detectLanguage(`# Page keeps\n\n${`### How does it behave?\n\n> ${words}\n\n${words} ${words}\n\n`.repeat(3)}`)).toBe('en');
    const russianCode = '```python\n# ' + SAMPLES.ru + '\nprint(1)\n```\n';
    expect(detectLanguage(`# Deck\n\n### ${SAMPLES.en}\n\n${russianCode}\n> ${SAMPLES.en}\n`)).toBe('en');
    const englishCode = '```\n' + `${SAMPLES.en}\n`.repeat(4) + '```\n';
    expect(detectLanguage(`# Deck\n\n### ${SAMPLES.es}\n\n${englishCode}`)).toBe('es');
  });

  it('reads no code fenced inside a list item, however deep the fence is indented', () => {
    // A Chinese bank of "what does this print?" items, each with its Java listing indented under it.
    const listing = (n: number) => `    \`\`\`java\n    public class Sample${n} {\n        public static void main(String[] args) {\n            System.out.println(Integer.valueOf(127) == Integer.valueOf(127));\n        }\n    }\n    \`\`\`\n`;
    const item = (n: number) => `${n}. 下面这段代码运行后会打印什么？\n\n${listing(n)}\n`;
    const deck = `# 面试题\n\n${[1, 2, 3, 4, 5, 6].map(item).join('')}`;
    expect(detectLanguage(deck)).toBe('zh');
    expect(parseDeck(deck, { file: 'zh.md', slug: 'zh' }).reading?.language).toBe('zh');
  });

  it('tells prose in its own script full of English terms by that script', () => {
    // Russian naming its subjects in English, as banks about Go or Kubernetes do: more Latin letters than Cyrillic.
    const terms = 'goroutines, buffered channels, worker pool, garbage collector';
    const russian = `### Как работают ${terms}?\n\n**Ответ:** Легковесный поток, которым управляет Go runtime scheduler, а не операционная система.\n\n`;
    expect(detectLanguage(`# Go\n\n${russian.repeat(4)}`)).toBe('ru');
    const hindi = `### ${terms} क्या हैं?\n\n> ये Go के runtime scheduler के हिस्से हैं और ${terms} इनके उदाहरण हैं।\n\n`;
    expect(detectLanguage(`# Go\n\n${hindi.repeat(4)}`)).toBe('hi');
    // English naming a Greek letter or a Russian word now and then stays English.
    expect(detectLanguage(`# Deck\n\n### ${SAMPLES.en} The λ and Δ terms, and the word спасибо.\n\n> ${SAMPLES.en}\n`)).toBe('en');
  });

  it('tells technical Spanish full of English names by its accents, and keeps English that quotes a few', () => {
    // Its names are English (Thread, deadlock, connection pool): franc scores English 0.976 here.
    const spanish = "### **1. Diferencia entre Thread y Runnable**\n\n**Respuesta**:\n- **Thread**: clase, herencia simple\n- **Runnable**: interfaz, más flexible, mejor práctica\n\n### **2. Qué hace el garbage collector**\n\n**Respuesta**: Libera memoria de objetos sin referencias. Algoritmos: Mark-Sweep, Generational (Young/Old Gen), G1GC, ZGC.\n\n### **3. Cómo evitar un deadlock**\n\n**Respuesta**:\n- Orden fijo de locks\n- Timeout en locks\n- Evitar locks anidados\n\n### **4. Qué es un race condition**\n\n**Respuesta**: Threads que cambian un dato compartido a la vez, resultado impredecible.\n\n### **5. Qué es un stream en Java 8**\n\n**Respuesta**: Pipeline lazy de operaciones map, filter y reduce sobre una collection, con terminal operations como collect o forEach.\n\n### **6. Checked vs unchecked exceptions**\n\n**Respuesta**: Checked: el compilador las verifica (IOException). Unchecked: heredan de RuntimeException, no obligatorias.\n\n### **7. Qué es dependency injection en Spring Boot**\n\n**Respuesta**: El container crea los beans y los inyecta: constructor injection, setter injection, field injection con @Autowired.\n\n### **8. Qué es un connection pool**\n\n**Respuesta**: Un pool de connections abiertas (HikariCP) que se reutilizan; evita el handshake en cada request.\n\n### **9. Para qué sirve @Transactional**\n\n**Respuesta**: Abre una transaction, hace commit al final o rollback si hay una RuntimeException.";
    expect(detectLanguage(`# Guía backend Java\n\n## Java Core\n\n${spanish}\n`)).toBe('es');
    const english = `${SAMPLES.en} Dijkstra's shortest paths, Erdős numbers and a naïve retry loop all appear in the café's outage review. ${SAMPLES.en}`;
    expect(detectLanguage(`# Deck\n\n## Nodes\n\n### ${english}\n\n> ${english}\n`)).toBe('en');
  });

  it('gives a deck without `lang` the language of its prose, and front matter the last word', () => {
    const body = `# Preguntas\n\n## Nodos\n\n### ¿Qué ocurre cuando se reinicia un nodo?\n\n> ${SAMPLES.es}\n\n${SAMPLES.es}\n`;
    const read = parseDeck(body, { file: 'es.md', slug: 'es' });
    expect(read.lang).toBe('es');
    expect(read.reading?.language).toBe('es');
    const named = parseDeck(`---\nlang: en\n---\n${body}`, { file: 'es.md', slug: 'es' });
    expect(named.lang).toBe('en');
    expect(named.reading?.language).toBeUndefined();
  });

  it('reads a hostile file in bounded time (the test timeout bounds a hang)', () => {
    // Two million "<" with no ">" took quadratic time (minutes) before the patterns were bounded.
    for (const text of ['<'.repeat(2e6), '````\n'.repeat(1e6), '`a '.repeat(1e6), `---\n${'a: b\n'.repeat(1e6)}`, '$a '.repeat(1e6)]) {
      expect([undefined, 'en']).toContain(detectLanguage(text));
    }
  }, 10_000);
});
