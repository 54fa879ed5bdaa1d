import type { TextConverter } from './normalize';

// Common characters that exist only in Traditional script (each checked to change under OpenCC tw → cn).
// A Simplified text contains none of them, so two hits are a reliable, dictionary-free signal.
const TRADITIONAL_ONLY = new Set(
  '們國這個來時會為說對於與發經過還進將開關問題實現應當變歷義點從後種動戰區黨軍華員機門書長東車貿務總統錢網議論' +
    '設語認識讓談護話該請選邊達運連際陸陽隊難電顯風飛體係愛營產億價優儘兩內勢勵協參雙聽視親觀計記許證評詳誠調' +
    '謝讀貝財責貨質購資賽遠適遲鄉鄰醫鐘鐵錄鎮間闡陣隨險隻雖雜雞離靜響頁項順須預領頭顧類館馬驗髮鬥魚鳥麼黃齊齡' +
    '龍臺灣衛擊張歲寫態慮憂懷戶擁據擴攜斷業樣歐氣決沒滿漢潛災無燈爭狀猶獨環畫異療盡盤眾礎禮稱穩窮競筆範築簽節' +
    '紀約級納紛紙紹終組結絕絲綠維緊線緣編緩練縣縮績織繫續罰罷習聯聲職腦臨興舉舊藝蘇處號蟲術衝補製複規覺訊訓託' +
    '訪診詞試詢誇誌誤誰課諾謀講謹譯讚貢貧貫貴買費賀賓賴賺趕趨跡踐蹤軌軟較輔輕載輪輸轉辦農迴週違遙遷遺邁郵鄭釋' +
    '針鈴鋼錯鍵鏈鑰閃閉閒閣階隱隸霧韓頂頓頻額顏願飯養餘馮騰驅鬧魯鮮鳳麥齒',
);

/** True when the text is (at least partly) in Traditional Chinese, i.e. worth loading the converter for. */
export function hasTraditional(text: string, minHits = 2): boolean {
  let hits = 0;
  for (const ch of text) {
    if (TRADITIONAL_ONLY.has(ch)) {
      hits++;
      if (hits >= minHits) return true;
    }
  }
  return false;
}

let pending: Promise<TextConverter> | null = null;

/**
 * Loads the Traditional → Simplified converter on first use. The dynamic import keeps OpenCC's dictionary
 * (about 110 KB, the t2cn build only) out of the first page load; callers should ask only when
 * `hasTraditional` says so. Taiwan variants are read first, then Hong Kong variants, so text from either
 * outlet folds to the same Simplified forms. Conversions are character and phrase level, never word
 * substitutions (`twp`), so the meaning of the original is kept.
 */
export function loadSimplifier(): Promise<TextConverter> {
  if (!pending) {
    pending = import('opencc-js/t2cn').then((mod) => {
      const fromTaiwan = mod.Converter({ from: 'tw', to: 'cn' });
      const fromHongKong = mod.Converter({ from: 'hk', to: 'cn' });
      return (s: string) => fromHongKong(fromTaiwan(s));
    });
    pending.catch(() => {
      pending = null;
    });
  }
  return pending;
}
