// Common characters written one way in Simplified Chinese and another in Traditional, paired
// (这/這, 们/們, 题/題 …). A deck's own writing says which it is: its labels then print in the same
// script (第1題, 目錄 in a Traditional deck; 第1题, 目录 in a Simplified one) and its text takes the
// matching font's glyph forms.
const PAIRS =
  '这這们們个個为為来來时時会會说說对對还還过過学學问問题題点點发發经經现現开開关關长長见見东東车車门門间間听聽写寫机機电電话話国國么麼实實种種样樣让讓从從动動应應该該数數据據处處务務网網络絡线線库庫类類单單简簡难難试試测測验驗结結构構设設计計变變传傳递遞调調节節输輸转轉换換状狀态態维維护護请請页頁优優读讀缓緩连連协協议議与與进進释釋块塊储儲码碼组組织織环環级級选選择擇';
const SIMPLIFIED = new Set([...PAIRS].filter((_, i) => i % 2 === 0));
const TRADITIONAL = new Set([...PAIRS].filter((_, i) => i % 2 === 1));

/** `zh-Hant` for Chinese prose written mostly in Traditional characters, else `zh`. */
export function chineseScript(prose: string): 'zh' | 'zh-Hant' {
  let simplified = 0;
  let traditional = 0;
  for (const ch of prose) {
    if (SIMPLIFIED.has(ch)) simplified++;
    else if (TRADITIONAL.has(ch)) traditional++;
  }
  return traditional > simplified ? 'zh-Hant' : 'zh';
}
