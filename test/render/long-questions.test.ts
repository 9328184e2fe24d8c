import { describe, expect, it } from 'vitest';
import { markQuestionSplit, setLongQuestion } from '../../src/render/long-questions.js';

// A scenario question of sixty words or more, set all in bold, printed as a block of seven to
// nine bold lines: its scenario is set in the regular weight, its ask in bold.
const scenario =
  'Your team owns a checkout service that has run without trouble for months. On Friday a colleague deploys a change to the pool, and twenty minutes later the error rate climbs while latency doubles; nobody else has deployed. ';
const parts = (html: string) => /^<span class="q-scenario">([\s\S]*)<\/span><span class="q-ask">([\s\S]*)<\/span>$/.exec(html)?.slice(1);
const LINE = 30;

describe('long question headings', () => {
  it('set the scenario apart from the ask, the text unchanged', () => {
    const html = `${scenario}What do you do first, and why?`;
    expect(parts(setLongQuestion(html, LINE))).toEqual([scenario, 'What do you do first, and why?']);
  });

  it('leave a heading of two lines or less, or of one sentence of three lines or less, as it is', () => {
    expect(setLongQuestion('The bill doubled with flat traffic. How do you find and fix it?', LINE)).toBe(
      'The bill doubled with flat traffic. How do you find and fix it?',
    );
    // About 2.5 lines of 30 ems, one sentence: its clauses stay bold.
    const one = 'Your checkout service has run for months, a colleague changes the pool, the error rate climbs, what do you do?';
    expect(setLongQuestion(one, LINE)).toBe(one);
    expect(setLongQuestion('Explain, briefly, the CAP theorem.', 10)).toBe('Explain, briefly, the CAP theorem.');
  });

  it('set the lead clauses of one sentence of more than three lines apart from its last', () => {
    const one = scenario.replace(/\. /g, ', ').trim() + ' what do you do first?';
    expect(parts(setLongQuestion(one, LINE))).toEqual([one.replace(/what do you do first\?$/, ''), 'what do you do first?']);
    // A closing tag ("and why?") is too short to be the question: it starts a clause earlier.
    const tagged = scenario.replace(/\. /g, '; ').trim() + ' what do you do first, and why?';
    expect(parts(setLongQuestion(tagged, LINE))?.[1]).toBe('what do you do first, and why?');
    // No clause break at a thousands separator nor inside code.
    const numbers = `${scenario.replace(/\. /g, '; ').trim()} the pool holds 1,000 <code>conns, max</code> what now?`;
    expect(parts(setLongQuestion(numbers, LINE))?.[1]).toBe('the pool holds 1,000 <code>conns, max</code> what now?');
    // The ask opens on its question word, not at the last comma of the list it ends on.
    const choice = `${scenario.replace(/\. /g, '; ').trim()}, how do you choose between shedding load, serving stale data and failing?`;
    expect(parts(setLongQuestion(choice, LINE))?.[1]).toBe('how do you choose between shedding load, serving stale data and failing?');
    // A question of two parts, or a topic with its list, is all asked: it stays bold.
    const twoParts = 'How do you create and manage Kubernetes clusters (using tools like Terraform), and what are the master and worker nodes?';
    expect(setLongQuestion(twoParts, 16)).toBe(twoParts);
    const list = 'Concurrency patterns: describe the common concurrency patterns in Go, with worker pool, fan-out, fan-in, pipeline, context cancellation.';
    expect(setLongQuestion(list, 16)).toBe(list);
    // No break at all: all bold.
    const plain = scenario.replace(/[.,;] /g, ' ').trim() + ' what do you do?';
    expect(setLongQuestion(plain, LINE)).toBe(plain);
  });

  it('set the lead clauses of one sentence apart from a last clause that sets a task', () => {
    const told = scenario.replace(/[.;] /g, ', ').trim();
    const debug = `${told} walk me through how you would debug it.`;
    expect(parts(setLongQuestion(debug, LINE))).toEqual([`${told} `, 'walk me through how you would debug it.']);
    const tradeOffs = `${told} and explain the trade-offs of rolling back against rolling forward.`;
    expect(parts(setLongQuestion(tradeOffs, LINE))?.[1]).toBe('and explain the trade-offs of rolling back against rolling forward.');
    expect(parts(setLongQuestion(`${told} how would you find the cause.`, LINE))?.[1]).toBe('how would you find the cause.');
    expect(parts(setLongQuestion(`${told} design a rollout that would have caught it`, LINE))?.[1]).toBe('design a rollout that would have caught it');
    // In the languages prompts are read in: German, Spanish, Russian, Polish, Vietnamese, Chinese, Korean, Japanese.
    const de =
      'Ihr Team betreibt seit Monaten einen Bezahldienst ohne Störungen, am Freitag ändert eine Kollegin die Größe des Verbindungspools, zwanzig Minuten später steigt die Fehlerrate von einem Promille auf vier Prozent und die Latenz verdoppelt sich, erläutern Sie Ihr Vorgehen.';
    expect(parts(setLongQuestion(de, LINE))?.[1]).toBe('erläutern Sie Ihr Vorgehen.');
    const es =
      'Tu equipo mantiene un servicio de pagos que funciona sin problemas desde hace meses, el viernes un colega cambia el tamaño del pool de conexiones, veinte minutos después la tasa de errores sube del uno por mil al cuatro por ciento, explica qué harías primero.';
    expect(parts(setLongQuestion(es, LINE))?.[1]).toBe('explica qué harías primero.');
    const ru =
      'Ваша команда отвечает за платёжный сервис, который месяцами работал без сбоев, в пятницу коллега меняет размер пула соединений, через двадцать минут доля ошибок растёт с десятой доли процента до четырёх процентов, опишите ваши первые шаги.';
    expect(parts(setLongQuestion(ru, LINE))?.[1]).toBe('опишите ваши первые шаги.');
    const pl =
      'Twój zespół utrzymuje serwis płatności, który od miesięcy działa bez problemów, w piątek kolega zmienia rozmiar puli połączeń, dwadzieścia minut później odsetek błędów rośnie z jednej dziesiątej procenta do czterech procent, opisz swoje pierwsze kroki.';
    expect(parts(setLongQuestion(pl, LINE))?.[1]).toBe('opisz swoje pierwsze kroki.');
    const vi =
      'Nhóm của bạn vận hành một dịch vụ thanh toán đã chạy ổn định nhiều tháng, chiều thứ Sáu một đồng nghiệp thay đổi kích thước pool kết nối, hai mươi phút sau tỉ lệ lỗi tăng từ một phần nghìn lên bốn phần trăm, hãy mô tả các bước đầu tiên.';
    expect(parts(setLongQuestion(vi, LINE))?.[1]).toBe('hãy mô tả các bước đầu tiên.');
    const zh =
      '你的团队负责一个结账服务，几个月来一直运行正常，周五下午一位同事修改了连接池的配置，二十分钟后错误率从千分之一升到百分之四、延迟翻倍，数据库的仪表板看起来正常，请说明你排查问题的步骤。';
    expect(parts(setLongQuestion(zh, LINE))?.[1]).toBe('请说明你排查问题的步骤。');
    const ja =
      'あなたのチームは数か月問題なく動いている決済サービスを担当しており、金曜日の午後に同僚が接続プールの設定を変更し、二十分後にエラー率が千分の一から百分の四に上がり、最初に確認することを説明してください。';
    expect(parts(setLongQuestion(ja, LINE))?.[1]).toBe('最初に確認することを説明してください。');
    const ko =
      '당신의 팀은 몇 달 동안 문제 없이 운영된 결제 서비스를 맡고 있으며, 금요일 오후에 동료가 커넥션 풀 설정을 바꿨고, 이십 분 뒤 오류율이 천분의 일에서 백분의 사로 올랐습니다, 가장 먼저 확인할 것을 설명해 주세요.';
    expect(parts(setLongQuestion(ko, LINE))?.[1]).toBe('가장 먼저 확인할 것을 설명해 주세요.');
  });

  it('leave one sentence all bold when its last clause states, or sets its task too short or after too short a lead', () => {
    const told = scenario.replace(/[.;] /g, ', ').trim();
    // A last clause that tells (no imperative) is part of the scenario: no question to find.
    const stated = `${told} and the pool was halved by the change.`;
    expect(setLongQuestion(stated, LINE)).toBe(stated);
    // An imperative clause earlier than the last, then one that states: no split in the middle of the scenario.
    const middle = `${told} explain what a pool is, the team changed the pool on Friday afternoon and twenty minutes later the latency doubled.`;
    expect(setLongQuestion(middle, LINE)).toBe(middle);
    // …but a short clause after the task adds to it.
    expect(parts(setLongQuestion(`${told} explain the trade-offs, and pick one.`, LINE))?.[1]).toBe('explain the trade-offs, and pick one.');
    // A topic and its task: the lead is too short to be a scenario.
    const topic = 'Connection pools in a checkout service under a sudden spike of traffic at noon, explain how you would size one for the peak.';
    expect(setLongQuestion(topic, 16)).toBe(topic);
    // A task too short to stand as the question ("explain.").
    const short = `${told} explain.`;
    expect(setLongQuestion(short, LINE)).toBe(short);
    // An imperative inside code is no clause of the heading's own.
    const code = `${told} <code>x, explain y</code> happens.`;
    expect(setLongQuestion(code, LINE)).toBe(code);
  });

  it('leave a question of two short asks all bold', () => {
    expect(markQuestionSplit('What is primary key and foreign key in database? And what’s differences?')).toBe(
      'What is primary key and foreign key in database? And what’s differences?',
    );
    expect(setLongQuestion('What is the fastest sorting algorithm? And what is its time complexity?', 10)).toBe(
      'What is the fastest sorting algorithm? And what is its time complexity?',
    );
    // A task set, then its follow-up asked: both asked, no scenario.
    const behavioural =
      'Tell me about a time you failed to meet a project deadline or objective. What did you learn from this experience, and how did you apply those lessons later?';
    expect(setLongQuestion(behavioural, 16)).toBe(behavioural);
    // A long question first is a lead all the same: the last ask is set apart.
    const long = `${scenario.replace(/\. /g, ', ').trim()} what would you look at first? And why?`;
    expect(parts(setLongQuestion(long, LINE))?.[1]).toBe('And why?');
  });

  it('leave a question over its translation, a line each in two scripts, all bold', () => {
    const pair =
      'How do you deliver negative feedback to members of your development team?<br>\nあなたの開発チームのメンバーに否定的なフィードバックをするとしたら、どう伝えますか？';
    expect(setLongQuestion(pair, 16)).toBe(pair);
    expect(markQuestionSplit(pair)).toBe(pair);
    const two =
      'What is your experience with GoTo, and do you prefer structured programming?<br>\ngoto 文の経験について聞かせてください。また、構造化プログラミングとどちらを使用しますか？';
    expect(markQuestionSplit(two)).toBe(two);
    // Two lines in one script are no translation: the scenario is still set apart.
    const told = `${scenario.trim()}<br>\nWhat do you do first, and why?`;
    expect(parts(setLongQuestion(told, LINE))?.[1]).toBe('What do you do first, and why?');
  });

  it('find clause breaks in Chinese, Japanese and Arabic', () => {
    const zh =
      '你的团队负责一个结账服务，几个月来一直运行正常，周五下午一位同事修改了连接池的配置，二十分钟后错误率从千分之一升到百分之四、延迟翻倍，数据库的仪表板看起来正常，其他人都没有部署，你首先做什么，为什么？';
    expect(parts(setLongQuestion(zh, LINE))?.[1]).toBe('你首先做什么，为什么？');
    const ja =
      'あなたのチームは数か月問題なく動いている決済サービスを担当しており、金曜日の午後に同僚が接続プールの設定を変更し、二十分後にエラー率が千分の一から百分の四に上がり、データベースのダッシュボードは正常に見えるが、最初に何をしますか？';
    expect(parts(setLongQuestion(ja, LINE))?.[1]).toBe('最初に何をしますか？');
    const ar =
      'يملك فريقك خدمة دفع تعمل دون مشاكل منذ أشهر، ويوم الجمعة غيّر زميل إعدادات مجمع الاتصالات، وبعد عشرين دقيقة ارتفع معدل الأخطاء من عُشر بالمئة إلى أربعة بالمئة وتضاعف زمن الاستجابة، ماذا تفعل أولاً؟';
    expect(parts(setLongQuestion(ar, LINE))?.[1]).toBe('ماذا تفعل أولاً؟');
  });

  it('mark the split of any heading with the lines it must run to, for a flash front measured in the browser', () => {
    expect(markQuestionSplit('The bill doubled. Why?')).toBe('<span class="q-scenario" data-over="2">The bill doubled. </span><span class="q-ask">Why?</span>');
    const told = scenario.replace(/\. /g, ', ');
    expect(markQuestionSplit(`${told}what happens at eleven?`)).toBe(
      `<span class="q-scenario" data-over="3">${told}</span><span class="q-ask">what happens at eleven?</span>`,
    );
    expect(markQuestionSplit('Given a pool of ten, what happens at eleven?')).toBe('Given a pool of ten, what happens at eleven?');
    expect(markQuestionSplit('What is a pool?')).toBe('What is a pool?');
    expect(markQuestionSplit(`${told}walk me through how you would debug it.`)).toBe(
      `<span class="q-scenario" data-over="3">${told}</span><span class="q-ask">walk me through how you would debug it.</span>`,
    );
    expect(markQuestionSplit('Given a pool of ten, explain what happens at eleven.')).toBe('Given a pool of ten, explain what happens at eleven.');
  });

  it('count the first line short by what stands before the heading (a number, a badge)', () => {
    const html = 'A region-wide cloud outage takes down your primary database. Walk me through failover.';
    expect(setLongQuestion(html, 24)).toBe(html);
    expect(parts(setLongQuestion(html, 24, 8))).toEqual(['A region-wide cloud outage takes down your primary database. ', 'Walk me through failover.']);
  });

  it('keep every closing question in the ask, and take the last sentence when none asks', () => {
    expect(parts(setLongQuestion(`${scenario}What do you do first? Whom do you call?`, LINE))?.[1]).toBe('What do you do first? Whom do you call?');
    expect(parts(setLongQuestion(`${scenario}Walk me through the first hour.`, LINE))?.[1]).toBe('Walk me through the first hour.');
  });

  it('end no sentence inside an inline element, nor at an abbreviation before a lowercase word', () => {
    const html = `${scenario}See <code>pool.max. Size</code>, e.g. the limit. What now?`;
    expect(parts(setLongQuestion(html, LINE))).toEqual([`${scenario}See <code>pool.max. Size</code>, e.g. the limit. `, 'What now?']);
  });

  it('find sentence ends in Chinese, Japanese and Arabic', () => {
    const zh =
      '你的团队负责一个结账服务，几个月来一直运行正常。周五下午，一位同事修改了连接池的配置，二十分钟后错误率从千分之一升到百分之四，延迟翻倍；数据库的仪表板看起来正常，其他人都没有部署。你首先做什么，为什么？';
    expect(parts(setLongQuestion(zh, LINE))?.[1]).toBe('你首先做什么，为什么？');
    const ar =
      'يملك فريقك خدمة دفع تعمل دون مشاكل منذ أشهر. يوم الجمعة غيّر زميل إعدادات مجمع الاتصالات، وبعد عشرين دقيقة ارتفع معدل الأخطاء من عُشر بالمئة إلى أربعة بالمئة وتضاعف زمن الاستجابة. ماذا تفعل أولاً، ولماذا؟';
    expect(parts(setLongQuestion(ar, LINE))?.[1]).toBe('ماذا تفعل أولاً، ولماذا؟');
  });
});
