<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AddressActionRules</name>
    <message>
        <source>address action file</source>
        <translation>位址處理方式檔案</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason word</source>
        <translation>「%1」不是原因詞</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot;: the actions must be suppress, retry, fix-sending or review, and &quot;why&quot; a known word</source>
        <translation>原因「%1」：處理方式必須是 suppress、retry、fix-sending 或 review，「why」必須是已知的詞</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot;: &quot;why&quot; is needed exactly when an action is review</source>
        <translation>原因「%1」：只有處理方式為 review 時才需要「why」，且必須提供</translation>
    </message>
    <message>
        <source>every cause needs a &quot;cause&quot; name</source>
        <translation>每個起因都需要「cause」名稱</translation>
    </message>
    <message>
        <source>cause &quot;%1&quot;: &quot;%2&quot; is not a reason word</source>
        <translation>起因「%1」：「%2」不是原因詞</translation>
    </message>
    <message>
        <source>cause &quot;%1&quot;: bad &quot;words&quot;: %2</source>
        <translation>起因「%1」：「words」有誤：%2</translation>
    </message>
</context>
<context>
    <name>BounceLens::BrowseView</name>
    <message>
        <source>Search: 550, 5.7.1, 5.7, &quot;550 5.7.1&quot;, 4xx, or words such as quota</source>
        <translation>搜尋：550, 5.7.1, 5.7, &quot;550 5.7.1&quot;, 4xx 或「配額」等字詞</translation>
    </message>
    <message>
        <source>&amp;Copy Code and Text</source>
        <translation>複製代碼和文字(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;English Text</source>
        <translation>複製英文文字(&amp;E)</translation>
    </message>
    <message>
        <source>Copy &amp;Simplified Chinese Text</source>
        <translation>複製簡體中文文字(&amp;S)</translation>
    </message>
    <message>
        <source>Copy &amp;Traditional Chinese Text</source>
        <translation>複製繁體中文文字(&amp;T)</translation>
    </message>
    <message>
        <source>No codes match the filters.</source>
        <translation>沒有符合篩選條件的代碼。</translation>
    </message>
    <message>
        <source>No codes match &quot;%1&quot;.</source>
        <translation>沒有與「%1」相符的代碼。</translation>
    </message>
    <message>
        <source>Try a code such as 550 or 5.7.1, fewer words, or other words for the cause, such as mailbox full, password or spam.</source>
        <translation>請試著輸入代碼（例如 550 或 5.7.1）、減少字詞，或換個說法描述原因，例如：信箱已滿、密碼、垃圾郵件。</translation>
    </message>
    <message>
        <source>Reply code, enhanced code or prefix, class (4xx, 5xx), a pasted reply or log line, and any words in English or Chinese, including everyday ones such as mailbox full or user unknown (Ctrl+F)</source>
        <translation>回覆碼、增強狀態碼或其開頭、類別（4xx、5xx）、貼上的回覆或記錄行，以及任何中英文字詞，包括「信箱已滿」「使用者不存在」這類日常說法（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search works without synonyms: %1</source>
        <translation>搜尋暫不使用同義詞：%1</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>您是不是要找：%1？</translation>
    </message>
    <message>
        <source>Search for the corrected words</source>
        <translation>搜尋更正後的字詞</translation>
    </message>
    <message>
        <source>Try a shorter code or a class, such as 5.1 or 5xx, or words for the cause, such as mailbox full, password or spam.</source>
        <translation>請嘗試較短的代碼或類別（如 5.1 或 5xx），或用字詞描述原因，例如：信箱已滿、密碼、垃圾郵件。</translation>
    </message>
    <message numerus="yes">
        <source>Matches hidden by the filters: %n</source>
        <translation>
            <numerusform>被篩選條件隱藏的相符項目：%n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Filters</source>
        <extracomment>The same words as the facet bar&apos;s button</extracomment>
        <translation>重設篩選條件</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>搜尋代碼</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>The codes the search and filters show; the selected code&apos;s details follow</source>
        <translation>搜尋和篩選條件顯示的代碼；其後是所選代碼的詳細資訊</translation>
    </message>
</context>
<context>
    <name>BounceLens::CodeDetailsView</name>
    <message>
        <source>Select a code to see what it means and what to do.</source>
        <translation>選取代碼即可查看其含義和處理方式。</translation>
    </message>
    <message>
        <source>SMTP stage: %1</source>
        <translation>SMTP 階段：%1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Who must act: %1.</source>
        <translation>需處理者：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>附註：</translation>
    </message>
    <message>
        <source>Now sent as</source>
        <translation>目前改用</translation>
    </message>
    <message>
        <source>Formerly</source>
        <translation>先前使用</translation>
    </message>
    <message>
        <source>Servers also send this reply as: %1</source>
        <translation>伺服器也會以下列代碼傳送這個回覆：%1</translation>
    </message>
    <message>
        <source>Older and live wordings</source>
        <translation>舊版與現行措辭</translation>
    </message>
    <message>
        <source>What the codes mean</source>
        <translation>代碼含義</translation>
    </message>
    <message>
        <source>Other replies with %1 (%2)</source>
        <translation>其他使用 %1 的回覆（%2）</translation>
    </message>
    <message>
        <source>Google&apos;s help page</source>
        <translation>Google 說明頁面</translation>
    </message>
    <message>
        <source>Entry id: %1</source>
        <translation>條目 ID：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences, or a label and its text, in a row. Chinese puts no space between them.</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>2018 Chinese list wording</source>
        <extracomment>Heading above the Simplified Chinese text of the original 2018 list, kept verbatim.</extracomment>
        <translation>2018 年中文清單原文</translation>
    </message>
    <message>
        <source>%1&apos;s help page</source>
        <translation>%1 說明頁面</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>資料來源</translation>
    </message>
    <message>
        <source>Provider: %1 (%2), facts checked %3</source>
        <translation>服務供應商：%1（%2），資料核對於 %3</translation>
    </message>
</context>
<context>
    <name>BounceLens::CodeTableModel</name>
    <message>
        <source>Reply</source>
        <extracomment>Column header: the basic SMTP reply code, like 550</extracomment>
        <translation>回覆碼</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <extracomment>Column header: the enhanced status code, like 5.1.1</extracomment>
        <translation>增強狀態碼</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
</context>
<context>
    <name>BounceLens::DecodeView</name>
    <message>
        <source>Could not open the file</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <source>Paste a bounce to decode it</source>
        <translation>貼上退信即可解析</translation>
    </message>
    <message>
        <source>BounceLens reads the whole bounce - the message source (&quot;Show original&quot;) or the text you see - in English or Chinese, and says per recipient what failed, the exact Gmail reply it matches and what to do. You can also drop an .eml, .txt or mbox file here.</source>
        <translation>BounceLens 會讀取整封退信，可以是郵件原始碼（「顯示原始郵件」）或您看到的文字，英文或中文皆可，並針對每位收件者說明失敗的項目、對應的確切 Gmail 回覆，以及處理方式。您也可以將 .eml、.txt 或 mbox 檔案拖放到這裡。</translation>
    </message>
    <message>
        <source>This input could not be read</source>
        <translation>無法讀取這項輸入內容</translation>
    </message>
    <message>
        <source>Charset: %1</source>
        <translation>字元集：%1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>語言：%1</translation>
    </message>
    <message>
        <source>Original subject: %1</source>
        <translation>原始主旨：%1</translation>
    </message>
    <message>
        <source>No SMTP reply code found.</source>
        <translation>找不到 SMTP 回覆碼。</translation>
    </message>
    <message>
        <source>Nothing found: this does not look like a bounce with an SMTP error</source>
        <translation>找不到任何結果：這看起來不像含有 SMTP 錯誤的退信</translation>
    </message>
    <message>
        <source>%1 permanent</source>
        <translation>%1 位永久性失敗</translation>
    </message>
    <message>
        <source>%1 temporary</source>
        <translation>%1 位暫時性失敗</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 位已送達</translation>
    </message>
    <message>
        <source>Recipients: %1 (%2)</source>
        <translation>收件者：%1 位（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Message %1 of %2</source>
        <translation>第 %1 封郵件，共 %2 封</translation>
    </message>
    <message>
        <source>Bounce from %1</source>
        <translation>來自 %1 的退信</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>寄出時間：%1</translation>
    </message>
    <message>
        <source>Text report (*.txt)</source>
        <translation>文字報告 (*.txt)</translation>
    </message>
    <message>
        <source>JSON Lines, as bouncelens decode --json (*.jsonl *.json)</source>
        <translation>JSON Lines，與 bouncelens decode --json 相同 (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>儲存報告</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>無法將報告儲存至 %1：%2</translation>
    </message>
    <message>
        <source>Paste the whole bounce here: the message source (&quot;Show original&quot; in Gmail) or the text you see in your mail program, English or Chinese.

Or drop an .eml, .txt or mbox file on this window.</source>
        <translation>在這裡貼上整封退信：郵件原始碼（Gmail 中的「顯示原始郵件」）或您在郵件程式中看到的文字，英文或中文皆可。

也可以將 .eml、.txt 或 mbox 檔案拖放到這個視窗。</translation>
    </message>
    <message>
        <source>Decoding starts as soon as you paste (Ctrl+Shift+V pastes and decodes)</source>
        <translation>貼上後會立即開始解析（按 Ctrl+Shift+V 可貼上並解析）</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>複製報告(&amp;C)</translation>
    </message>
    <message>
        <source>Copy a plain-text summary of the results</source>
        <translation>將結果摘要複製為純文字</translation>
    </message>
    <message>
        <source>&amp;Save Report...</source>
        <translation>儲存報告(&amp;S)...</translation>
    </message>
    <message>
        <source>Save the results as text or as JSON</source>
        <translation>將結果儲存為文字或 JSON</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>This file is not a mail message</source>
        <translation>此檔案不是郵件</translation>
    </message>
    <message>
        <source>message %1 of %2</source>
        <extracomment>Above the box: which message of an mbox the Readable view shows</extracomment>
        <translation>第 %1 封，共 %2 封</translation>
    </message>
    <message>
        <source>showing the first %1 of %2</source>
        <extracomment>Above the box for a very big file: %1 and %2 are sizes (&quot;2.0 MiB&quot;)</extracomment>
        <translation>僅顯示前 %1（共 %2）</translation>
    </message>
    <message>
        <source> - </source>
        <extracomment>Separator between the file name and &quot;message n of N&quot; above the box</extracomment>
        <translation> - </translation>
    </message>
    <message>
        <source>The decoded message appears here: headers, text in its own language, the delivery status and the original message&apos;s headers.</source>
        <translation>解碼後的郵件會顯示在這裡：郵件標頭、依原字元集解碼的內文、傳送狀態以及原始郵件的標頭。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原始文字</translation>
    </message>
    <message>
        <source>The bounce as pasted or as the file holds it</source>
        <translation>依貼上內容或檔案原樣顯示退信</translation>
    </message>
    <message>
        <source>Readable</source>
        <translation>可讀文字</translation>
    </message>
    <message>
        <source>The bounce as a person reads it: encoded text and headers decoded, HTML as text</source>
        <translation>以方便閱讀的形式顯示退信：已解碼編碼過的內文和標頭，HTML 以純文字顯示</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>未讀取：%1</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <extracomment>Recipients whose bounce does not say whether the failure is permanent</extracomment>
        <translation>%1 個結果不明</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Back to Mailbox</source>
        <translation>返回信箱</translation>
    </message>
    <message>
        <source>The mailbox, as you left it</source>
        <translation>回到離開時的信箱</translation>
    </message>
    <message>
        <source>Bounce source</source>
        <translation>退信原始文字</translation>
    </message>
    <message>
        <source>Readable bounce</source>
        <translation>可讀的退信</translation>
    </message>
    <message>
        <source>Decoded recipients</source>
        <translation>解析出的收件者</translation>
    </message>
</context>
<context>
    <name>BounceLens::FacetBar</name>
    <message>
        <source>Temporary and permanent</source>
        <translation>暫時性與永久性</translation>
    </message>
    <message>
        <source>Temporary (4xx)</source>
        <translation>暫時性（4xx）</translation>
    </message>
    <message>
        <source>Permanent (5xx)</source>
        <translation>永久性（5xx）</translation>
    </message>
    <message>
        <source>Temporary failures may succeed later; permanent ones will not</source>
        <translation>暫時性失敗稍後可能會成功，永久性失敗則不會</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <source>X.1 Addressing</source>
        <translation>X.1 地址</translation>
    </message>
    <message>
        <source>X.2 Mailbox</source>
        <translation>X.2 信箱</translation>
    </message>
    <message>
        <source>X.3 Mail system</source>
        <translation>X.3 郵件系統</translation>
    </message>
    <message>
        <source>X.4 Network and routing</source>
        <translation>X.4 網路與路由</translation>
    </message>
    <message>
        <source>X.5 Protocol</source>
        <translation>X.5 通訊協定</translation>
    </message>
    <message>
        <source>X.6 Content</source>
        <translation>X.6 內容</translation>
    </message>
    <message>
        <source>X.7 Security and policy</source>
        <translation>X.7 安全性與政策</translation>
    </message>
    <message>
        <source>Subject of the enhanced status code (the middle number)</source>
        <translation>增強狀態碼的主題類別（中間的數字）</translation>
    </message>
    <message>
        <source>Gmail and generic</source>
        <translation>Gmail 與通用</translation>
    </message>
    <message>
        <source>Gmail replies</source>
        <translation>Gmail 回覆</translation>
    </message>
    <message>
        <source>Generic meanings (RFC)</source>
        <translation>通用含義（RFC）</translation>
    </message>
    <message>
        <source>Current and historical</source>
        <translation>現行與歷史回覆</translation>
    </message>
    <message>
        <source>On Google&apos;s page now</source>
        <translation>目前列於 Google 頁面</translation>
    </message>
    <message>
        <source>Historical</source>
        <translation>歷史回覆</translation>
    </message>
    <message>
        <source>Whether Google&apos;s help page still lists the reply</source>
        <translation>Google 說明頁面是否仍列出這個回覆</translation>
    </message>
    <message>
        <source>Any SMTP stage</source>
        <translation>所有 SMTP 階段</translation>
    </message>
    <message>
        <source>The step of the SMTP session where the reply is sent</source>
        <translation>SMTP 工作階段中送出這個回覆的步驟</translation>
    </message>
    <message>
        <source>Reset Filters</source>
        <translation>重設篩選條件</translation>
    </message>
    <message>
        <source>Show every code again: all severities, classes, sources and stages</source>
        <translation>重新顯示所有代碼：所有嚴重程度、類別、來源和階段</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>所有服務供應商</translation>
    </message>
    <message>
        <source>%1 replies</source>
        <translation>%1 回覆</translation>
    </message>
    <message>
        <source>Whose replies to show: Gmail&apos;s, another provider&apos;s, or the generic meanings of RFC 3463 and RFC 5321</source>
        <translation>顯示誰的回覆：Gmail 的、其他服務供應商的，或 RFC 3463 和 RFC 5321 的通用含義</translation>
    </message>
</context>
<context>
    <name>BounceLens::HelpDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>搜尋語法</translation>
    </message>
    <message>
        <source>Go to the search field</source>
        <translation>前往搜尋欄位</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>In the search field: clear it. In the table: back to the search field.</source>
        <translation>在搜尋欄位中：清除內容。在表格中：返回搜尋欄位。</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>向下鍵</translation>
    </message>
    <message>
        <source>From the search field into the results</source>
        <translation>從搜尋欄位進入結果清單</translation>
    </message>
    <message>
        <source>Browse the codes</source>
        <translation>瀏覽代碼</translation>
    </message>
    <message>
        <source>Decode a bounce</source>
        <translation>解析退信</translation>
    </message>
    <message>
        <source>Open a bounce file</source>
        <translation>開啟退信檔案</translation>
    </message>
    <message>
        <source>Paste a bounce and decode it</source>
        <translation>貼上退信並解析</translation>
    </message>
    <message>
        <source>Copy the selection (in the table: the row)</source>
        <translation>複製選取內容（在表格中：複製整列）</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全選</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>A basic reply code</source>
        <translation>基本回覆碼</translation>
    </message>
    <message>
        <source>An enhanced status code (and its generic meaning)</source>
        <translation>增強狀態碼（及其通用含義）</translation>
    </message>
    <message>
        <source>Every enhanced code that starts so (5.7.*)</source>
        <translation>以此開頭的所有增強狀態碼（5.7.*）</translation>
    </message>
    <message>
        <source>Both codes; also as pasted from a reply: 550-5.7.1</source>
        <translation>同時符合兩個代碼；也可直接貼上回覆中的寫法：550-5.7.1</translation>
    </message>
    <message>
        <source>Every temporary code (5xx: every permanent one)</source>
        <translation>所有暫時性代碼（5xx：所有永久性代碼）</translation>
    </message>
    <message>
        <source>Chinese keywords need no spaces</source>
        <translation>中文關鍵字不需要空格</translation>
    </message>
    <message>
        <source>Exact code matches are listed first. The filters below the search field narrow the list further.</source>
        <translation>代碼完全符合的項目會排在最前面。搜尋欄位下方的篩選器可進一步縮小清單範圍。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Open a mailbox folder (Maildir or a folder of bounces)</source>
        <translation>開啟信箱資料夾（Maildir 或存放退信的資料夾）</translation>
    </message>
    <message>
        <source>In the mailbox view: stop decoding (the rows so far stay)</source>
        <translation>在信箱檢視中：停止解析（已列出的列會保留）</translation>
    </message>
    <message>
        <source>Keywords in English or Chinese: entries with more of the words rank first</source>
        <translation>中英文關鍵字：符合較多關鍵字的項目排在前面</translation>
    </message>
    <message>
        <source>Everyday words for a cause find its codes too</source>
        <translation>用日常說法描述原因，也能找到對應的代碼</translation>
    </message>
    <message>
        <source>A code inside pasted text: a reply or log line is enough</source>
        <translation>貼上文字中的代碼：貼上整行回覆或記錄即可</translation>
    </message>
</context>
<context>
    <name>BounceLens::MailboxJob</name>
    <message>
        <source>The file has changed: the message is no longer there.</source>
        <translation>檔案已變更：該郵件已不在原處。</translation>
    </message>
</context>
<context>
    <name>BounceLens::MailboxModel</name>
    <message>
        <source>%1 #%2</source>
        <extracomment>Source column: a message of an mbox file, &quot;bounces.mbox #12&quot;</extracomment>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>No failed recipient was found in this message</source>
        <translation>此郵件中找不到傳送失敗的收件者</translation>
    </message>
    <message>
        <source>other</source>
        <extracomment>Origin column: a reply from neither gsmtp nor gcdp</extracomment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件者</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>網域</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>Column header: the basic SMTP reply code (550)</extracomment>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <extracomment>Column header: the enhanced status code (5.1.1)</extracomment>
        <translation>增強狀態碼</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>Column header: the matched Gmail reply&apos;s text</extracomment>
        <translation>回覆</translation>
    </message>
    <message>
        <source>Origin</source>
        <extracomment>Column header: gsmtp, gcdp or another server</extracomment>
        <translation>來源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column header: the file (and message number) the bounce came from</extracomment>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Bounces</source>
        <extracomment>Column header: how many bounces an address had</extracomment>
        <translation>退信數</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: what to do with the address (stop mailing it, retry, fix sending)</extracomment>
        <translation>處理方式</translation>
    </message>
</context>
<context>
    <name>BounceLens::MailboxView</name>
    <message>
        <source>The message could not be read again from %1: %2</source>
        <translation>無法從 %1 重新讀取該郵件：%2</translation>
    </message>
    <message>
        <source>[The first %1 KB of %2 KB are shown.]</source>
        <translation>[僅顯示 %2 KB 中的前 %1 KB。]</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>複製地址</translation>
    </message>
    <message>
        <source>Decoding: %1 of %2 messages (%3 of %4 MB)</source>
        <translation>正在解析：第 %1 封，共 %2 封郵件（%3 / %4 MB）</translation>
    </message>
    <message>
        <source>Open a mailbox (mbox, Maildir or a folder of bounces) to list its recipients.</source>
        <translation>開啟一個信箱（mbox、Maildir 或存放退信的資料夾），列出其中的收件者。</translation>
    </message>
    <message>
        <source>Messages: %1, recipients: %2</source>
        <translation>郵件：%1 封，收件者：%2 位</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>without a recipient: %1</source>
        <translation>找不到收件者：%1 封</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 messages</source>
        <translation>已取消：已解析 %1 封，共 %2 封郵件</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>顯示 %1 列，共 %2 列</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No failed recipient was found in this message.</source>
        <translation>此郵件中找不到傳送失敗的收件者。</translation>
    </message>
    <message>
        <source>Reading the message...</source>
        <translation>正在讀取郵件...</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>匯出 CSV</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export JSON Lines</source>
        <translation>匯出 JSON Lines</translation>
    </message>
    <message>
        <source>JSON Lines, as bouncelens decode --json (*.jsonl *.json)</source>
        <translation>JSON Lines，與 bouncelens decode --json 相同 (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>Export Suppression List</source>
        <translation>匯出禁止寄送名單</translation>
    </message>
    <message>
        <source>The file could not be saved to %1: %2</source>
        <translation>無法將檔案儲存至 %1：%2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop decoding (Esc); the rows so far stay</source>
        <translation>停止解析（Esc）；已列出的資料列會保留</translation>
    </message>
    <message>
        <source>Decode One Bounce</source>
        <translation>解析單封退信</translation>
    </message>
    <message>
        <source>Back to the paste box</source>
        <translation>返回貼上框</translation>
    </message>
    <message>
        <source>Group by recipient</source>
        <translation>依收件者分組</translation>
    </message>
    <message>
        <source>One row per address, with its number of bounces and its latest outcome</source>
        <translation>每個地址一列，顯示退信次數和最近一次的結果</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>匯出 CSV...</translation>
    </message>
    <message>
        <source>The visible rows as CSV (UTF-8, opens in Excel)</source>
        <translation>將顯示的資料列匯出為 CSV（UTF-8，可用 Excel 開啟）</translation>
    </message>
    <message>
        <source>Export JSON Lines...</source>
        <translation>匯出 JSON Lines...</translation>
    </message>
    <message>
        <source>The visible rows&apos; messages as bouncelens decode --json prints them</source>
        <translation>以 bouncelens decode --json 的格式匯出顯示的資料列所屬的郵件</translation>
    </message>
    <message>
        <source>Export Suppression List...</source>
        <translation>匯出禁止寄送名單...</translation>
    </message>
    <message>
        <source>The distinct addresses that failed permanently among the visible rows, one a line</source>
        <translation>顯示的資料列中永久性失敗的地址（不重複），每行一個</translation>
    </message>
    <message>
        <source>Filter: address, domain, code, reason or words of the reply</source>
        <translation>篩選：地址、網域、代碼、原因或回覆中的文字</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>結果：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>網域：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代碼：</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Gmail reply</source>
        <translation>Gmail 回覆</translation>
    </message>
    <message>
        <source>Recipient domain (top 10)</source>
        <translation>收件者網域（前 10 名）</translation>
    </message>
    <message>
        <source>Select a row to see its message, with the reply lines highlighted.</source>
        <translation>選取一列即可查看對應的郵件，回覆所在的行會醒目標示。</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two parts of the mailbox&apos;s totals</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <extracomment>&quot;Cancelled after 500 of 9,262 messages - Messages: 500, ...&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Text, one address a line (*.txt);;CSV: address, reason, entry, date, file (*.csv)</source>
        <translation>文字，每行一個位址 (*.txt);;CSV：位址、原因、條目、日期、檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>未讀取：%1</translation>
    </message>
    <message>
        <source>%1 has changed since it was opened: its messages are not where they were. Reload it to see this message.</source>
        <translation>%1 在開啟後已被變更：其中的郵件已不在原來的位置。請重新載入後再檢視這封郵件。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新載入</translation>
    </message>
    <message>
        <source>Reset Filters</source>
        <translation>重設篩選條件</translation>
    </message>
    <message>
        <source>Show every row again: clear the filter field and the facets</source>
        <translation>重新顯示所有列：清除篩選欄位和各篩選項目</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Show or hide the summary of the mailbox</source>
        <translation>顯示或隱藏信箱摘要</translation>
    </message>
    <message>
        <source>As Table</source>
        <translation>表格形式</translation>
    </message>
    <message>
        <source>Show the summary as a table instead of charts</source>
        <translation>以表格而非圖表顯示摘要</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原始文字</translation>
    </message>
    <message>
        <source>The message as the file holds it</source>
        <translation>依檔案原樣顯示郵件</translation>
    </message>
    <message>
        <source>Readable</source>
        <translation>可讀文字</translation>
    </message>
    <message>
        <source>The message as a person reads it: encoded text and headers decoded, HTML as text</source>
        <translation>以方便閱讀的形式顯示郵件：已解碼編碼過的內文和標頭，HTML 以純文字顯示</translation>
    </message>
    <message>
        <source>Open in Decode View</source>
        <translation>在解析檢視中開啟</translation>
    </message>
    <message>
        <source>Decode this message alone in the Decode view; the mailbox stays loaded</source>
        <translation>在解析檢視中單獨解析此郵件；信箱保持載入</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>篩選列</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件者</translation>
    </message>
    <message>
        <source>One row per failed recipient; select a row to see its card and message</source>
        <translation>每個失敗的收件者一列；選取一列即可查看其卡片和郵件</translation>
    </message>
    <message>
        <source>Selected recipient</source>
        <translation>所選收件者</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>郵件原始文字</translation>
    </message>
    <message>
        <source>Readable message</source>
        <translation>可讀的郵件</translation>
    </message>
    <message>
        <source>Decoding progress</source>
        <translation>解析進度</translation>
    </message>
    <message>
        <source>The numbers the charts draw; Enter filters the rows by the selected item</source>
        <translation>圖表所示的數字；按 Enter 鍵依所選項目篩選列</translation>
    </message>
    <message>
        <source>Show only the rows with this value</source>
        <translation>只顯示具有此值的列</translation>
    </message>
    <message>
        <source>Bar chart; click a bar to filter the rows. The same numbers are in the summary table (As Table).</source>
        <translation>長條圖；按一下長條可篩選列。相同的數字也顯示在摘要表格中（表格形式）。</translation>
    </message>
    <message>
        <source>No messages found in %1</source>
        <translation>在 %1 中找不到郵件</translation>
    </message>
    <message>
        <source>Also list the retry addresses whose failures kept coming for at least this many days:</source>
        <translation>同時列入失敗持續至少這麼多天的重試位址：</translation>
    </message>
    <message>
        <source>Also List Retry Addresses...</source>
        <translation>同時列入重試位址...</translation>
    </message>
    <message numerus="yes">
        <source>Also Listing Retry Addresses Failing for %n Day(s)</source>
        <translation>
            <numerusform>同時列入失敗持續 %n 天以上的重試位址</numerusform>
        </translation>
    </message>
    <message>
        <source>The suppression list also takes the addresses whose temporary failures (retry) kept coming for at least a number of days, as bouncelens decode --suppression-retry-days does</source>
        <translation>禁止寄送名單也列入暫時性失敗（重試）持續至少若干天的位址，與 bouncelens decode --suppression-retry-days 相同</translation>
    </message>
    <message>
        <source>Suppression list options</source>
        <translation>禁止寄送名單選項</translation>
    </message>
</context>
<context>
    <name>BounceLens::MainWindow</name>
    <message>
        <source>Open Bounce</source>
        <translation>開啟退信</translation>
    </message>
    <message>
        <source>&amp;Browse Codes</source>
        <translation>瀏覽代碼(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Decode Bounce</source>
        <translation>解析退信(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Bounce...</source>
        <translation>開啟退信(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Paste and Decode</source>
        <translation>貼上並解析(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find Code...</source>
        <translation>尋找代碼(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>系統預設</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About BounceLens</source>
        <translation>關於 BounceLens(&amp;A)</translation>
    </message>
    <message>
        <source>%1 of %2 codes</source>
        <extracomment>Status bar: how many codes the search and filters show, of all codes</extracomment>
        <translation>顯示 %1 個代碼（共 %2 個）</translation>
    </message>
    <message>
        <source>About BounceLens</source>
        <translation>關於 BounceLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BounceLens %1&lt;/h3&gt;&lt;p&gt;The offline reference for the SMTP error codes of Gmail and other providers, and a bounce decoder.&lt;/p&gt;&lt;p&gt;%2 entries: Gmail&apos;s replies (current and historical), other providers&apos; replies (Microsoft, Yahoo, NetEase, Tencent, Alibaba, Apple and more) and the generic meanings of RFC 3463 and RFC 5321. Nothing is sent over the network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BounceLens %1&lt;/h3&gt;&lt;p&gt;Gmail 及其他郵件服務商 SMTP 錯誤代碼的離線參考，以及退信解析工具。&lt;/p&gt;&lt;p&gt;共 %2 個條目：Gmail 的回覆（現行與歷史）、其他服務商的回覆（Microsoft、Yahoo、網易、騰訊、阿里巴巴、Apple 等）以及 RFC 3463 與 RFC 5321 的通用含義。不會透過網路傳送任何資料。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bounces and mailboxes (*.eml *.mbox *.mbx *.txt *.log mbox);;Mail messages (*.eml);;Mailboxes (*.mbox *.mbx mbox);;Text (*.txt *.log)</source>
        <extracomment>File types the Open dialog lists: only those BounceLens reads</extracomment>
        <translation>退信和信箱檔案 (*.eml *.mbox *.mbx *.txt *.log mbox);;郵件 (*.eml);;信箱檔案 (*.mbox *.mbx mbox);;文字 (*.txt *.log)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Edit menu; the key after the tab is shown, the focused widget handles it</extracomment>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>搜尋語法(&amp;S)</translation>
    </message>
    <message>
        <source>Open Mailbox Folder</source>
        <translation>開啟信箱資料夾</translation>
    </message>
    <message>
        <source>Open Mailbox &amp;Folder...</source>
        <translation>開啟信箱資料夾(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Export Mailbox</source>
        <translation>匯出信箱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;CSV...</source>
        <translation>&amp;CSV...</translation>
    </message>
    <message>
        <source>&amp;JSON Lines...</source>
        <translation>&amp;JSON Lines...</translation>
    </message>
    <message>
        <source>&amp;Suppression List...</source>
        <translation>禁止寄送名單(&amp;S)...</translation>
    </message>
    <message>
        <source>%1, message at byte %2</source>
        <extracomment>Above the paste box: a message of a mailbox (&quot;inbox.mbox, message at 1,234&quot;)</extracomment>
        <translation>%1，位於第 %2 位元組的郵件</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>File &gt; Open Recent: &quot;&amp;1 name (folder)&quot;; the number is the menu&apos;s access key</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除選單(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
</context>
<context>
    <name>BounceLens::RecipientCard</name>
    <message>
        <source>No SMTP reply code</source>
        <translation>沒有 SMTP 回覆碼</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>階段：%1</translation>
    </message>
    <message>
        <source>Open this code in the Browse view</source>
        <translation>在「瀏覽代碼」分頁中開啟這個代碼</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>處理方式：%1</translation>
    </message>
    <message>
        <source>Match: %1%</source>
        <translation>相符度：%1%</translation>
    </message>
    <message>
        <source>Also possible: %1</source>
        <translation>其他可能：%1</translation>
    </message>
    <message>
        <source>Remote server: %1</source>
        <translation>遠端伺服器：%1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>回報伺服器：%1</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>上次嘗試：%1</translation>
    </message>
    <message>
        <source>Retries until: %1</source>
        <translation>持續重試至：%1</translation>
    </message>
    <message>
        <source>Copy Explanation</source>
        <translation>複製說明</translation>
    </message>
    <message>
        <source>Copy a few plain sentences about this recipient, to paste into a ticket or a chat</source>
        <translation>複製幾句關於此收件者的淺白說明，可貼到客服單或聊天中</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator of the verdict, address and code a screen reader reads for a card</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>服務供應商：%1</translation>
    </message>
</context>
<context>
    <name>BounceLens::SenderReportView</name>
    <message>
        <source>No recipient failed because of the sending side.</source>
        <translation>沒有收件者因寄件端的問題而傳送失敗。</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) to resend to once the sending is fixed: %1</source>
        <extracomment>%n: how many recipients, %1: the causes with their counts (&quot;DMARC 60, SPF 12&quot;)</extracomment>
        <translation>
            <numerusform>修正寄送問題後需重新傳送給 %n 位收件者：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>需要修正的問題</translation>
    </message>
    <message>
        <source>Copy Commands</source>
        <translation>複製指令</translation>
    </message>
    <message>
        <source>Copy the DNS look-ups to run (dig), one a line: nothing is looked up here</source>
        <translation>複製需要執行的 DNS 查詢指令（dig），每行一條：本程式不會進行任何查詢</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>複製報告</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資訊</translation>
    </message>
    <message>
        <source>Show or hide the report under its summary</source>
        <translation>在摘要下方顯示或隱藏報告</translation>
    </message>
</context>
<context>
    <name>BounceLens::SummaryChart</name>
    <message>
        <source>%1: %2</source>
        <extracomment>Tooltip of a chart bar: its full label and its count</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ChineseVariants</name>
    <message>
        <source>%1: &quot;traditional_to_simplified&quot; must be an object</source>
        <translation>%1：「traditional_to_simplified」必須是物件</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;: every pair must map one Traditional Chinese character to a different Simplified one</source>
        <translation>%1：「%2」：每一組都必須將一個繁體字對應到另一個不同的簡體字</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; maps to &quot;%3&quot;, which is mapped again</source>
        <translation>%1：「%2」對應到「%3」，而「%3」又被再次對應</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：無法讀取檔案：%2</translation>
    </message>
    <message>
        <source>Chinese variants file</source>
        <translation>繁簡字對照檔案</translation>
    </message>
</context>
<context>
    <name>CodeMeaning</name>
    <message>
        <source>2yz: positive completion - the server accepted the command.</source>
        <translation>2yz：肯定完成回覆，伺服器已接受指令。</translation>
    </message>
    <message>
        <source>3yz: positive intermediate - the server waits for more (DATA, AUTH).</source>
        <translation>3yz：肯定中間回覆，伺服器正在等待更多資料（DATA、AUTH）。</translation>
    </message>
    <message>
        <source>4yz: transient negative completion - the command failed this time; the same command may succeed later.</source>
        <translation>4yz：暫時否定完成回覆，指令這次失敗了，但同一個指令稍後可能會成功。</translation>
    </message>
    <message>
        <source>5yz: permanent negative completion - the command failed and will fail again unless something changes.</source>
        <translation>5yz：永久否定完成回覆，指令失敗了，除非情況有所改變，否則會再次失敗。</translation>
    </message>
    <message>
        <source>x0z: syntax - the command or its arguments.</source>
        <translation>x0z：語法，指令本身或其引數的問題。</translation>
    </message>
    <message>
        <source>x1z: information - replies to requests for information.</source>
        <translation>x1z：資訊，對資訊要求的回覆。</translation>
    </message>
    <message>
        <source>x2z: connections - the transmission channel.</source>
        <translation>x2z：連線，與傳輸通道有關。</translation>
    </message>
    <message>
        <source>x5z: mail system - the state of the receiving mail system.</source>
        <translation>x5z：郵件系統，接收端郵件系統的狀態。</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中間狀態</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>暫時性失敗</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>永久性失敗</translation>
    </message>
    <message>
        <source>Temporary or permanent</source>
        <translation>暫時性或永久性</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>寄件者</translation>
    </message>
    <message>
        <source>the sender&apos;s mail admin</source>
        <translation>寄件者的郵件管理員</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>收件者</translation>
    </message>
    <message>
        <source>the recipient&apos;s admin</source>
        <translation>收件者的管理員</translation>
    </message>
    <message>
        <source>Retrying later can succeed.</source>
        <translation>稍後重試可能會成功。</translation>
    </message>
    <message>
        <source>Retry only after fixing the cause.</source>
        <translation>請先排除原因再重試。</translation>
    </message>
    <message>
        <source>Retrying will not help.</source>
        <translation>重試無法解決問題。</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>HELO/EHLO</source>
        <translation>HELO/EHLO</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>AUTH (login)</source>
        <translation>AUTH（登入）</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <source>DATA (after the message)</source>
        <translation>DATA（郵件內容傳送後）</translation>
    </message>
    <message>
        <source>Gmail, on Google&apos;s page</source>
        <translation>Gmail，列於 Google 頁面</translation>
    </message>
    <message>
        <source>Gmail, no longer on Google&apos;s page</source>
        <translation>Gmail，已不在 Google 頁面上</translation>
    </message>
    <message>
        <source>Generic meaning (RFC 3463)</source>
        <translation>通用含義（RFC 3463）</translation>
    </message>
    <message>
        <source>Generic meaning (RFC 5321)</source>
        <translation>通用含義（RFC 5321）</translation>
    </message>
    <message>
        <source>the sender&apos;s domain failed SPF, DKIM or DMARC checks</source>
        <translation>寄件者的網域未通過 SPF、DKIM 或 DMARC 檢查</translation>
    </message>
    <message>
        <source>the sending IP address or domain has a poor reputation</source>
        <translation>傳送端的 IP 位址或網域信譽不佳</translation>
    </message>
    <message>
        <source>the sending IP address or host is blocked</source>
        <translation>傳送端的 IP 位址或主機已遭封鎖</translation>
    </message>
    <message>
        <source>the message&apos;s headers or format were rejected</source>
        <translation>郵件的標頭或格式遭拒</translation>
    </message>
    <message>
        <source>the message was delivered</source>
        <translation>郵件已送達</translation>
    </message>
    <message>
        <source>the message exceeds a limit of the receiving server</source>
        <translation>郵件超出接收伺服器的限制</translation>
    </message>
    <message>
        <source>delivery gave up after retrying for too long</source>
        <translation>重試時間過長，已放棄傳送</translation>
    </message>
    <message>
        <source>the encrypted connection (STARTTLS) failed</source>
        <translation>加密連線（STARTTLS）失敗</translation>
    </message>
    <message>
        <source>the recipient reported the message as spam</source>
        <translation>收件者將郵件回報為垃圾郵件</translation>
    </message>
    <message>
        <source>the recipient&apos;s filters rejected the message</source>
        <translation>收件者的篩選器拒絕了郵件</translation>
    </message>
    <message>
        <source>the recipient&apos;s address has moved</source>
        <translation>收件者的地址已變更</translation>
    </message>
    <message>
        <source>the recipient&apos;s domain does not exist</source>
        <translation>收件者的網域不存在</translation>
    </message>
    <message>
        <source>the recipient&apos;s mailbox is full</source>
        <translation>收件者的信箱已滿</translation>
    </message>
    <message>
        <source>a mail program on the receiving side failed</source>
        <translation>接收端的郵件程式發生錯誤</translation>
    </message>
    <message>
        <source>the message is too big</source>
        <translation>郵件過大</translation>
    </message>
    <message>
        <source>the receiving server could not be reached</source>
        <translation>無法連上接收伺服器</translation>
    </message>
    <message>
        <source>the server refused to relay the message</source>
        <translation>伺服器拒絕轉發郵件</translation>
    </message>
    <message>
        <source>the receiving domain accepts no email</source>
        <translation>接收網域不接受任何電子郵件</translation>
    </message>
    <message>
        <source>the message does not follow the email standards (RFC 5322)</source>
        <translation>郵件不符合電子郵件標準（RFC 5322）</translation>
    </message>
    <message>
        <source>the cause could not be decided</source>
        <translation>無法判斷原因</translation>
    </message>
    <message>
        <source>a policy of the recipient&apos;s domain blocked the message</source>
        <translation>收件者網域的政策封鎖了郵件</translation>
    </message>
    <message>
        <source>the sender&apos;s address was rejected</source>
        <translation>寄件者的地址遭拒</translation>
    </message>
    <message>
        <source>the sending IP address has no valid PTR (reverse DNS) record</source>
        <translation>傳送端的 IP 位址沒有有效的 PTR（反向 DNS）記錄</translation>
    </message>
    <message>
        <source>a security check failed (login, credentials or relay)</source>
        <translation>安全性檢查失敗（登入、憑證或轉發）</translation>
    </message>
    <message>
        <source>the message looks like spam</source>
        <translation>郵件看起來像垃圾郵件</translation>
    </message>
    <message>
        <source>the receiving server is rate-limiting the sender</source>
        <translation>接收伺服器正在限制寄件者的傳送速率</translation>
    </message>
    <message>
        <source>the address is on a suppression list</source>
        <translation>這個地址列於禁止寄送名單中</translation>
    </message>
    <message>
        <source>the recipient&apos;s account is disabled or inactive</source>
        <translation>收件者的帳戶已停用或處於閒置狀態</translation>
    </message>
    <message>
        <source>the SMTP commands were malformed or out of order</source>
        <translation>SMTP 指令格式錯誤或順序不正確</translation>
    </message>
    <message>
        <source>the receiving server had a system error</source>
        <translation>接收伺服器發生系統錯誤</translation>
    </message>
    <message>
        <source>the receiving server is out of storage</source>
        <translation>接收伺服器的儲存空間不足</translation>
    </message>
    <message>
        <source>too many connections or recipients at once</source>
        <translation>同時連線數或收件者數量過多</translation>
    </message>
    <message>
        <source>the cause is not known</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <source>the address does not exist</source>
        <translation>這個地址不存在</translation>
    </message>
    <message>
        <source>the recipient is away (an automatic reply)</source>
        <translation>收件者不在（自動回覆）</translation>
    </message>
    <message>
        <source>a virus was detected in the message</source>
        <translation>在郵件中偵測到病毒</translation>
    </message>
    <message>
        <source>x3z: not assigned by RFC 5321; used for the AUTH replies of RFC 4954.</source>
        <translation>x3z：RFC 5321 未定義；用於 RFC 4954 的 AUTH（驗證）回覆。</translation>
    </message>
    <message>
        <source>Gmail, not listed on Google&apos;s page</source>
        <translation>Gmail，未列在 Google 頁面上</translation>
    </message>
    <message>
        <source>%1 reply</source>
        <translation>%1 回覆</translation>
    </message>
</context>
<context>
    <name>CodeTable</name>
    <message>
        <source>expected an object of texts by language</source>
        <translation>應為以語言區分的文字物件</translation>
    </message>
    <message>
        <source>the text for language &quot;%1&quot; is not a string</source>
        <translation>語言 &quot;%1&quot; 的文字不是字串</translation>
    </message>
    <message>
        <source>the English text (&quot;en&quot;) is missing or empty</source>
        <translation>缺少英文文字（&quot;en&quot;）或該文字為空白</translation>
    </message>
    <message>
        <source>The code table is missing from this build (no :/codes/*.json).</source>
        <translation>這個版本缺少代碼表（找不到 :/codes/*.json）。</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：無法讀取檔案：%2</translation>
    </message>
    <message>
        <source>%1: note &quot;%2&quot;: %3</source>
        <translation>%1：附註 &quot;%2&quot;：%3</translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array</source>
        <translation>%1：&quot;entries&quot; 必須是陣列</translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation>%1：第 %2 個條目</translation>
    </message>
    <message>
        <source>%1: entry %2 (&quot;%3&quot;)</source>
        <translation>%1：第 %2 個條目（&quot;%3&quot;）</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1：不是物件</translation>
    </message>
    <message>
        <source>%1: field &quot;id&quot;: &quot;%2&quot; is used by another entry too</source>
        <translation>%1：欄位 &quot;id&quot;：&quot;%2&quot; 也被另一個條目使用</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1：欄位 &quot;%2&quot;：%3</translation>
    </message>
    <message>
        <source>missing, or not made of a-z, 0-9, &apos;.&apos; and &apos;-&apos;</source>
        <translation>缺少，或含有 a-z, 0-9, &apos;.&apos; 與 &apos;-&apos; 以外的字元</translation>
    </message>
    <message>
        <source>must be a whole number from 200 to 599</source>
        <translation>必須是 200 到 599 之間的整數</translation>
    </message>
    <message>
        <source>missing (a number like 550)</source>
        <translation>缺少（應為數字，例如 550）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code like 5.1.1</source>
        <translation>&quot;%1&quot; 不是 5.1.1 這類的增強狀態碼</translation>
    </message>
    <message>
        <source>missing (an enhanced status code like 5.1.1)</source>
        <translation>缺少（應為增強狀態碼，例如 5.1.1）</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation>必須是 true, false 或 null</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必須是字串</translation>
    </message>
    <message>
        <source>must be an https:// address</source>
        <translation>必須是 https:// 網址</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必須是 true 或 false</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>必須是字串陣列</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code</source>
        <translation>&quot;%1&quot; 不是增強狀態碼</translation>
    </message>
    <message>
        <source>must be an array of numbers</source>
        <translation>必須是數字陣列</translation>
    </message>
    <message>
        <source>must be an array of numbers from 200 to 599</source>
        <translation>必須是由 200 到 599 之間的數字組成的陣列</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必須是陣列</translation>
    </message>
    <message>
        <source>every variant needs a non-empty &quot;text&quot;</source>
        <translation>每個變體都必須有非空白的 &quot;text&quot;</translation>
    </message>
    <message>
        <source>The code table has no entries.</source>
        <translation>代碼表中沒有任何條目。</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: field &quot;replaced_by&quot;: no other entry has the id &quot;%2&quot;</source>
        <translation>條目 &quot;%1&quot;：欄位 &quot;replaced_by&quot;：沒有其他條目的 ID 是 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;note&quot;: %1</source>
        <translation>「note」：%1</translation>
    </message>
    <message>
        <source>code file</source>
        <translation>代碼檔案</translation>
    </message>
    <message>
        <source>only seed entries (&quot;seed&quot;: true) carry the 2018 wording</source>
        <translation>只有原始中文清單的條目（&quot;seed&quot;: true）帶有 2018 年的原文</translation>
    </message>
    <message>
        <source>must be suppress, retry, fix-sending or review</source>
        <translation>必須是 suppress、retry、fix-sending 或 review</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必須是非空白字串</translation>
    </message>
    <message>
        <source>missing, or not a date like 2026-06-15</source>
        <translation>缺少，或不是 2026-06-15 這樣的日期</translation>
    </message>
    <message>
        <source>%1: provider &quot;%2&quot;</source>
        <translation>%1：服務供應商「%2」</translation>
    </message>
    <message>
        <source>%1: field &quot;key&quot;: missing, or not a lower-case word that names no other source</source>
        <translation>%1：欄位「key」：缺少，或不是一個不與其他來源同名的小寫單字</translation>
    </message>
    <message>
        <source>%1: declared by another file too</source>
        <translation>%1：另一個檔案也宣告了它</translation>
    </message>
    <message>
        <source>%1: field &quot;name&quot;: %2</source>
        <translation>%1：欄位「name」：%2</translation>
    </message>
    <message>
        <source>%1: field &quot;description&quot;: %2</source>
        <translation>%1：欄位「description」：%2</translation>
    </message>
    <message>
        <source>%1: &quot;hosts&quot; and &quot;links&quot; must be arrays of strings</source>
        <translation>%1：「hosts」和「links」必須是字串陣列</translation>
    </message>
    <message>
        <source>%1: field &quot;source&quot;: &quot;%2&quot; is neither &quot;gmail&quot;, &quot;rfc3463&quot;, &quot;rfc5321&quot; nor a provider this file declares</source>
        <translation>%1：欄位「source」：「%2」既不是「gmail」、「rfc3463」、「rfc5321」，也不是此檔案宣告的服務供應商</translation>
    </message>
    <message>
        <source>%1: field &quot;id&quot;: must start with &quot;%2-&quot;</source>
        <translation>%1：欄位「id」：必須以「%2-」開頭</translation>
    </message>
    <message>
        <source>must be &quot;gmail&quot;, &quot;rfc3463&quot;, &quot;rfc5321&quot; or a provider key</source>
        <translation>必須是「gmail」、「rfc3463」、「rfc5321」或服務供應商的鍵名</translation>
    </message>
    <message>
        <source>missing (every provider&apos;s entry carries advice)</source>
        <translation>缺少（每個服務供應商條目都附有建議）</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>bouncelens: unknown language &quot;%1&quot; (use %2)</source>
        <translation>bouncelens: 不明的語言 &quot;%1&quot;（可用的語言：%2）</translation>
    </message>
    <message>
        <source>bouncelens: the code table is broken: %1</source>
        <translation>bouncelens: 代碼表已損毀：%1</translation>
    </message>
    <message>
        <source>bouncelens: unknown command &quot;%1&quot;</source>
        <translation>bouncelens: 不明的指令 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: bouncelens [FILE]
       bouncelens lookup [QUERY...] [--json] [--lang en|zh_CN|zh_TW]
       bouncelens decode [FILE|DIR|-]... [--json] [--lang en|zh_CN|zh_TW]

Without a command, BounceLens opens its window (and FILE in the Decode view).

Commands:
  lookup   Find Gmail SMTP replies and generic code meanings. QUERY is what
           the search field takes: 550, 5.7.1, 5.7, &quot;550 5.7.1&quot;, 4xx, words.
  decode   Read bounce messages (.eml, text, mbox, directories, - for standard
           input) and say per recipient what failed and why.

Options:
  -h, --help      Show this help (&quot;bouncelens COMMAND --help&quot; for a command).
  -v, --version   Show the version.

Exit codes:
  0   success
  1   lookup: nothing matches the query
  64  usage error (unknown command or option, bad value)
  65  decode: an input held nothing decodable (empty, binary, too big, no messages)
  66  decode: an input could not be read (missing, not a regular file, no permission)
  70  a broken build (the code table or the window module cannot be loaded)
  74  the output could not be written
</source>
        <translation>用法：bouncelens [FILE]
      bouncelens lookup [QUERY...] [--json] [--lang en|zh_CN|zh_TW]
      bouncelens decode [FILE|DIR|-]... [--json] [--lang en|zh_CN|zh_TW]

未指定指令時，BounceLens 會開啟視窗（並在「解析退信」分頁中開啟 FILE）。

指令：
  lookup   查詢 Gmail SMTP 回覆與代碼的通用含義。QUERY 的寫法與搜尋欄位
           相同：550, 5.7.1, 5.7, &quot;550 5.7.1&quot;, 4xx 或字詞。
  decode   讀取退信（.eml、文字、mbox、目錄，或以 - 表示標準輸入），
           並針對每位收件者說明失敗的項目和原因。

選項：
  -h, --help      顯示這份說明（指令的說明請用 &quot;bouncelens COMMAND --help&quot;）。
  -v, --version   顯示版本。

結束代碼：
  0   成功
  1   lookup：沒有符合查詢的項目
  64  用法錯誤（未知的指令或選項、無效的值）
  65  decode：某個輸入中沒有可解析的內容（空白、二進位、過大、沒有郵件）
  66  decode：某個輸入無法讀取（不存在、不是一般檔案、沒有權限）
  70  程式建置損壞（無法載入代碼表或視窗模組）
  74  無法寫入輸出
</translation>
    </message>
</context>
<context>
    <name>ConsoleOutput</name>
    <message>
        <source>write error</source>
        <translation>寫入錯誤</translation>
    </message>
    <message>
        <source>bouncelens: the output could not be written: %1</source>
        <translation>bouncelens：無法寫入輸出：%1</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1：第 %2 個位元組處不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>%1: not a BounceLens %2 (&quot;format&quot; must be &quot;%3&quot;)</source>
        <extracomment>%2 is the kind of file: &quot;code file&quot;, &quot;synonyms file&quot;...</extracomment>
        <translation>%1：不是 BounceLens %2（「format」必須為「%3」）</translation>
    </message>
    <message>
        <source>%1: unsupported version %2 (this build reads version %3)</source>
        <translation>%1：不支援的版本 %2（這個版本的程式只能讀取第 %3 版）</translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <source>Read bounce messages and say per recipient what failed and why.</source>
        <translation>讀取退信，並針對每位收件者說明失敗的項目和原因。</translation>
    </message>
    <message>
        <source>Print JSON Lines: one object per message.</source>
        <translation>輸出 JSON Lines：每封郵件一個物件。</translation>
    </message>
    <message>
        <source>Language of the output: en, zh_CN or zh_TW.</source>
        <translation>輸出語言：en, zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Files (.eml, text, mbox), directories (searched recursively) or - for standard input.</source>
        <translation>檔案（.eml、文字、mbox）、目錄（會遞迴搜尋），或以 - 表示標準輸入。</translation>
    </message>
    <message>
        <source>[FILE|DIR|-]...</source>
        <translation>[FILE|DIR|-]...</translation>
    </message>
    <message>
        <source>bouncelens decode: no input given (name files or directories, or - for standard input)</source>
        <translation>bouncelens decode: 未指定輸入（請指定檔案或目錄，或以 - 表示標準輸入）</translation>
    </message>
    <message>
        <source>Decode on N threads (default: one per processor core, here %1).</source>
        <translation>使用 N 個執行緒解碼（預設：每個處理器核心一個，本機為 %1）。</translation>
    </message>
    <message>
        <source>bouncelens decode: --jobs takes a number from 1 to %1</source>
        <translation>bouncelens decode：--jobs 需要 1 到 %1 之間的數字</translation>
    </message>
    <message>
        <source>Output format: text (default), jsonl (as --json) or csv (one row per recipient, after a UTF-8 byte-order mark).</source>
        <translation>輸出格式：text（預設）、jsonl（與 --json 相同）或 csv（每位收件者一列，以 UTF-8 位元組順序標記開頭）。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>bouncelens decode: --format takes text, jsonl or csv (--json is jsonl)</source>
        <translation>bouncelens decode：--format 的值為 text、jsonl 或 csv（--json 即 jsonl）</translation>
    </message>
    <message numerus="yes">
        <source>bouncelens decode: %n failed recipient(s) left out of the suppression list: not a mailbox address</source>
        <translation>
            <numerusform>bouncelens decode：有 %n 位傳送失敗的收件者未列入禁止寄送名單：不是信箱位址</numerusform>
        </translation>
    </message>
    <message>
        <source>bouncelens decode: --suppression-list (with --suppression-retry-days, --format csv) and --sender-report (with --json) go alone</source>
        <translation>bouncelens decode：--suppression-list（可搭配 --suppression-retry-days、--format csv）與 --sender-report（可搭配 --json）只能單獨使用</translation>
    </message>
    <message>
        <source>bouncelens decode: --suppression-retry-days takes a number of days from 0 to 3650</source>
        <translation>bouncelens decode：--suppression-retry-days 的值必須是 0 到 3650 之間的天數</translation>
    </message>
    <message>
        <source>With --suppression-list: also list the addresses whose temporary failures (retry) kept coming for at least N days. Off by default.</source>
        <translation>與 --suppression-list 一起使用：同時列出暫時性失敗（retry）持續至少 N 天的位址。預設為關閉。</translation>
    </message>
    <message>
        <source>Print what to fix on the sending side: the recipients that failed because of the sender (DMARC, SPF, DKIM, PTR, reputation, ...), grouped by cause and by the sending domains and IP found in the bounces, with the DNS records to check. With --json, one JSON object.</source>
        <translation>輸出寄件端需要修正的問題：因寄件者的問題（DMARC、SPF、DKIM、PTR、信譽等）而傳送失敗的收件者，依起因以及退信中找到的寄送網域和 IP 分組，並列出需要檢查的 DNS 記錄。加上 --json 時輸出一個 JSON 物件。</translation>
    </message>
    <message>
        <source>
Exit codes:
  0   every input was read and decoded
  64  usage error (unknown option, bad value)
  65  an input held nothing decodable (empty, binary, no messages, too big)
  66  an input could not be read (missing, not a regular file, no permission)
  74  the output could not be written
</source>
        <translation>
結束代碼：
  0   所有輸入皆已讀取並解析
  64  用法錯誤（未知選項、無效的值）
  65  某個輸入中沒有可解析的內容（空白、二進位、沒有郵件、過大）
  66  某個輸入無法讀取（不存在、不是一般檔案、沒有權限）
  74  無法寫入輸出
</translation>
    </message>
    <message>
        <source>Print only the addresses to stop mailing (every bounce of theirs says the mailbox or domain is gone), one a line.</source>
        <translation>只輸出應停止寄送的位址（其每封退信都表明信箱或網域已不存在），每行一個。</translation>
    </message>
</context>
<context>
    <name>DecodeJob</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空檔案。</translation>
    </message>
    <message>
        <source>%1 holds only blank lines.</source>
        <translation>%1 只有空白行。</translation>
    </message>
    <message>
        <source>%1 is not a mail message or text: it is %2 (%3).</source>
        <extracomment>%1: file name, %2: kind of file (&quot;PNG image&quot;), %3: its size</extracomment>
        <translation>%1 不是郵件或文字，而是%2（%3）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DecodeReport</name>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>延遲</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <source>relayed</source>
        <translation>已轉發</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>已展開</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>無法讀取：%1</translation>
    </message>
    <message>
        <source>Bounce from: %1</source>
        <translation>退信來源：%1</translation>
    </message>
    <message>
        <source>Original message: &quot;%1&quot;, sent %2</source>
        <translation>原始郵件：「%1」，寄出時間：%2</translation>
    </message>
    <message>
        <source>(date unknown)</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Language of the bounce: %1</source>
        <translation>退信語言：%1</translation>
    </message>
    <message>
        <source>(recipient not named)</source>
        <translation>（未註明收件者）</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>暫時性</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>永久性</translation>
    </message>
    <message>
        <source>Recipient: %1 - %2</source>
        <translation>收件者：%1 - %2</translation>
    </message>
    <message>
        <source>Recipient: %1 - %2, %3</source>
        <translation>收件者：%1 - %2（%3）</translation>
    </message>
    <message>
        <source>No SMTP reply code was found.</source>
        <translation>找不到 SMTP 回覆碼。</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>回覆碼：%1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>階段：%1</translation>
    </message>
    <message>
        <source>Remote server: %1</source>
        <translation>遠端伺服器：%1</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>伺服器回覆：%1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>處理方式：%1</translation>
    </message>
    <message>
        <source>No SMTP reply code was found. Recognised:</source>
        <translation>找不到 SMTP 回覆碼。已辨識的內容：</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日文</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓文</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between the names of languages in a list</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Meaning (%1, %3% sure): %2</source>
        <extracomment>%1: the matched entry&apos;s codes, %2 its text, %3 how sure the match is</extracomment>
        <translation>含義（%1，符合度 %3%）：%2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Implied status: %1 (from the words; the server sent no enhanced code)</source>
        <translation>推斷狀態碼：%1（依文字推斷；伺服器未傳送增強狀態碼）</translation>
    </message>
    <message>
        <source>Local mail server&apos;s summary: %1</source>
        <translation>本地郵件伺服器的摘要：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>位址：%1</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>未讀取：%1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>服務供應商：%1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No such file or directory.</source>
        <translation>沒有這個檔案或目錄。</translation>
    </message>
    <message>
        <source>This is not a regular file (a pipe, socket or device): only files and - (standard input) are read.</source>
        <translation>這不是一般檔案（而是管道、通訊端或裝置）：只讀取檔案和 -（標準輸入）。</translation>
    </message>
    <message>
        <source>This symbolic link points to nothing.</source>
        <translation>此符號連結指向的目標不存在。</translation>
    </message>
    <message>
        <source>This folder is nested too deeply: folders below %1 levels are not read.</source>
        <translation>此資料夾巢狀層數過多：不會讀取超過 %1 層的資料夾。</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>無法開啟檔案：%1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <source>The input is too big: inputs above %1 MB are not read.</source>
        <translation>輸入內容過大：不會讀取超過 %1 MB 的輸入內容。</translation>
    </message>
    <message>
        <source>No messages were found in this folder.</source>
        <translation>此資料夾中找不到郵件。</translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation>輸入內容是空的。</translation>
    </message>
    <message>
        <source>The input is binary data, not a mail message or text.</source>
        <translation>輸入內容是二進位資料，不是郵件或文字。</translation>
    </message>
    <message>
        <source>The message could not be decoded: %1</source>
        <translation>無法解析這封郵件：%1</translation>
    </message>
    <message>
        <source>damaged or unknown content</source>
        <translation>內容已損壞或無法辨識</translation>
    </message>
    <message>
        <source>Decoding was cancelled.</source>
        <translation>已取消解析。</translation>
    </message>
    <message>
        <source>The decoder&apos;s patterns could not be loaded: %1</source>
        <translation>無法載入解析器的比對規則：%1</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>The message to %1 was delivered.</source>
        <translation>寄給 %1 的郵件已送達。</translation>
    </message>
    <message>
        <source>The message was delivered.</source>
        <translation>郵件已送達。</translation>
    </message>
    <message>
        <source>The message to %1 has not been delivered yet: the receiving server turned it away for now.</source>
        <translation>寄給 %1 的郵件尚未送達：收件伺服器暫時拒收。</translation>
    </message>
    <message>
        <source>The message has not been delivered yet: the receiving server turned it away for now.</source>
        <translation>郵件尚未送達：收件伺服器暫時拒收。</translation>
    </message>
    <message>
        <source>The message to %1 was not delivered: the receiving server refused it.</source>
        <translation>寄給 %1 的郵件無法送達：收件伺服器拒收了這封郵件。</translation>
    </message>
    <message>
        <source>The message was not delivered: the receiving server refused it.</source>
        <translation>郵件無法送達：收件伺服器拒收了這封郵件。</translation>
    </message>
    <message>
        <source>The message to %1 was not delivered.</source>
        <translation>寄給 %1 的郵件無法送達。</translation>
    </message>
    <message>
        <source>The message was not delivered.</source>
        <translation>郵件無法送達。</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Why: the server answered %1, which means: %2</source>
        <translation>原因：伺服器回覆了 %1，意思是：%2</translation>
    </message>
    <message>
        <source>Why: the server answered &quot;%1&quot;.</source>
        <translation>原因：伺服器回覆「%1」。</translation>
    </message>
    <message>
        <source>Why: the server answered %1.</source>
        <translation>原因：伺服器回覆了 %1。</translation>
    </message>
    <message>
        <source>In short: %1.</source>
        <translation>簡單來說：%1。</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>處理方式：%1</translation>
    </message>
    <message>
        <source>Retry: yes. The sending server usually keeps trying by itself for a while; if it gives up, send the message again later.</source>
        <translation>能否重試：可以。寄件伺服器通常會自動重試一段時間；如果它放棄了，請稍後再寄一次。</translation>
    </message>
    <message>
        <source>Retry: yes. The sending server keeps trying until %1; if it gives up, send the message again later.</source>
        <translation>能否重試：可以。寄件伺服器會持續重試到 %1；如果它放棄了，請稍後再寄一次。</translation>
    </message>
    <message>
        <source>Retry: sending the same message again will fail in the same way until the cause is fixed.</source>
        <translation>能否重試：在解決問題之前，再次寄出同一封郵件仍會以同樣的方式失敗。</translation>
    </message>
    <message>
        <source>%1 (by its code alone: the server is not known to be %1&apos;s, and other servers reuse some codes)</source>
        <extracomment>%1: a mail provider&apos;s name; its code was found in a reply from a server not known to be its</extracomment>
        <translation>%1（僅憑其代碼判斷：無法確認該伺服器屬於 %1，而其他伺服器也會沿用部分代碼）</translation>
    </message>
</context>
<context>
    <name>LookupCommand</name>
    <message>
        <source>What to do: %1</source>
        <translation>處理方式：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>附註：%1</translation>
    </message>
    <message>
        <source>Servers also send: %1</source>
        <translation>伺服器也會傳送：%1</translation>
    </message>
    <message>
        <source>Now sent as: %1</source>
        <translation>目前改用：%1</translation>
    </message>
    <message>
        <source>Formerly: %1</source>
        <translation>先前使用：%1</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>說明：%1</translation>
    </message>
    <message>
        <source>Find Gmail SMTP replies and generic code meanings.</source>
        <translation>查詢 Gmail SMTP 回覆與代碼的通用含義。</translation>
    </message>
    <message>
        <source>Print a JSON array of entries.</source>
        <translation>以 JSON 陣列輸出條目。</translation>
    </message>
    <message>
        <source>Language of the output: en, zh_CN or zh_TW.</source>
        <translation>輸出語言：en, zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>550, 5.7.1, 5.7, &quot;550 5.7.1&quot;, 4xx, 5xx or words. No query lists every entry.</source>
        <translation>550, 5.7.1, 5.7, &quot;550 5.7.1&quot;, 4xx, 5xx 或字詞。未指定查詢時會列出所有條目。</translation>
    </message>
    <message>
        <source>[QUERY...]</source>
        <translation>[QUERY...]</translation>
    </message>
    <message>
        <source>Codes found: %1</source>
        <translation>找到 %1 個代碼</translation>
    </message>
    <message>
        <source>bouncelens lookup: the search data is broken: %1</source>
        <translation>bouncelens lookup：搜尋資料已損毀：%1</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;. Try a code (550, 5.7.1, 5.7), fewer words, or other words for the cause (mailbox full, password, spam).</source>
        <translation>沒有與「%1」相符的內容。請試著輸入代碼（550、5.7.1、5.7）、減少字詞，或換個說法描述原因（信箱已滿、密碼、垃圾郵件）。</translation>
    </message>
    <message>
        <source>Did you mean: %1</source>
        <translation>您是不是要找：%1</translation>
    </message>
</context>
<context>
    <name>MailboxExport</name>
    <message>
        <source>No failed recipient was found in this message</source>
        <translation>此郵件中找不到傳送失敗的收件者</translation>
    </message>
</context>
<context>
    <name>MailboxFacts</name>
    <message>
        <source>Permanent</source>
        <extracomment>Outcome of a recipient: the failure is permanent (do not retry)</extracomment>
        <translation>永久性失敗</translation>
    </message>
    <message>
        <source>Temporary</source>
        <extracomment>Outcome of a recipient: the failure is temporary (retried later)</extracomment>
        <translation>暫時性失敗</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Outcome of a recipient: the bounce does not say whether it is permanent</extracomment>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>MessageFiles</name>
    <message>
        <source>standard input is closed</source>
        <translation>標準輸入已關閉</translation>
    </message>
</context>
<context>
    <name>NoteText</name>
    <message>
        <source>Heading: %1</source>
        <translation>標題：%1</translation>
    </message>
    <message>
        <source>The text says the delivery is delayed</source>
        <translation>內文指出傳送已延遲</translation>
    </message>
    <message>
        <source>SMTP replies quoted in the text: %1</source>
        <translation>內文中引用的 SMTP 回覆：%1 則</translation>
    </message>
    <message>
        <source>No failed recipient was found</source>
        <translation>找不到傳送失敗的收件者</translation>
    </message>
    <message>
        <source>No SMTP reply code was found</source>
        <translation>找不到 SMTP 回覆碼</translation>
    </message>
    <message>
        <source>A copy of the original message follows the notice</source>
        <translation>通知後面附有原始郵件的副本</translation>
    </message>
    <message>
        <source>NUL bytes in the message were removed</source>
        <translation>已移除郵件中的 NUL 位元組</translation>
    </message>
    <message>
        <source>The MIME boundary was not found; read as text</source>
        <translation>找不到 MIME 邊界，已當作文字讀取</translation>
    </message>
    <message>
        <source>The original message is included</source>
        <translation>內含原始郵件</translation>
    </message>
    <message>
        <source>A delivery status report (RFC 3464) is included</source>
        <translation>內含傳送狀態報告（RFC 3464）</translation>
    </message>
    <message>
        <source>The original message&apos;s headers are included</source>
        <translation>內含原始郵件的標頭</translation>
    </message>
    <message>
        <source>Unknown charset &quot;%1&quot;: the text could not be read</source>
        <translation>未知的字元集「%1」：無法讀取文字</translation>
    </message>
    <message>
        <source>A text part could not be decoded (damaged %1 data)</source>
        <translation>有一個文字部分無法解碼（%1 資料已損壞）</translation>
    </message>
    <message>
        <source>Unknown charset &quot;%1&quot;; the text was read as ASCII</source>
        <translation>未知的字元集「%1」；已以 ASCII 讀取文字</translation>
    </message>
    <message>
        <source>The declared charset &quot;%1&quot; was wrong or unknown; read as %2</source>
        <translation>宣告的字元集 &quot;%1&quot; 有誤或無法辨識，已改以 %2 讀取</translation>
    </message>
    <message>
        <source>An HTML part was read as text</source>
        <translation>HTML 部分已當作文字讀取</translation>
    </message>
    <message>
        <source>The body of the original message was not read</source>
        <translation>未讀取原始郵件的內文</translation>
    </message>
    <message>
        <source>Read as text without mail headers</source>
        <translation>已當作沒有郵件標頭的文字讀取</translation>
    </message>
    <message>
        <source>The message structure could not be parsed; read as text</source>
        <translation>無法剖析郵件結構，已當作文字讀取</translation>
    </message>
    <message>
        <source>A text part of %1 MB was read up to its first %2 MB; %3 MB were left out</source>
        <translation>一個 %1 MB 的文字部分只讀取了前 %2 MB；另有 %3 MB 未讀取</translation>
    </message>
    <message>
        <source>MIME parts nested more than %1 deep were skipped: %2</source>
        <translation>已略過巢狀超過 %1 層的 MIME 部分：%2 個</translation>
    </message>
    <message>
        <source>Only the first %1 MIME parts were read; %2 more were left out</source>
        <translation>只讀取了前 %1 個 MIME 部分；另有 %2 個未讀取</translation>
    </message>
    <message>
        <source>More than %1 MIME boundary lines: the message was cut there, %2 KB after it were left out</source>
        <translation>MIME 分隔行超過 %1 行：郵件在此處截斷，其後的 %2 KB 未讀取</translation>
    </message>
    <message>
        <source>Header lines over the limit (%1 KB a block, %2 KB in all) were left out: %3 KB in %4 header blocks</source>
        <translation>超出限制（每個標頭區塊 %1 KB，總計 %2 KB）的標頭行未讀取：共 %3 KB，涉及 %4 個標頭區塊</translation>
    </message>
    <message>
        <source>HTML nested too deeply: the text inside it was not read</source>
        <translation>HTML 巢狀過深：其中的文字未讀取</translation>
    </message>
    <message>
        <source>Only the first %1 recipients were read; %2 more were left out</source>
        <translation>只讀取了前 %1 位收件者；另有 %2 位未讀取</translation>
    </message>
    <message>
        <source>X-Failed-Recipients names more than %1 addresses; %2 more were left out</source>
        <translation>X-Failed-Recipients 列出的地址超過 %1 個；另有 %2 個未讀取</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) not an address, kept as written and left out of suppression lists: %1</source>
        <translation>
            <numerusform>%n 位收件者不是有效地址，已按原樣保留，且不會列入禁止寄送名單：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadableText</name>
    <message>
        <source>Delivery status</source>
        <extracomment>Heading in the Readable view before the message/delivery-status fields</extracomment>
        <translation>傳送狀態</translation>
    </message>
    <message>
        <source>Headers of the original message</source>
        <extracomment>Heading in the Readable view before the returned message&apos;s headers</extracomment>
        <translation>原始郵件的標頭</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>No space left on the device</source>
        <translation>裝置上沒有剩餘空間</translation>
    </message>
    <message>
        <source>The disk quota is exceeded</source>
        <translation>已超出磁碟配額</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>權限不足</translation>
    </message>
    <message>
        <source>The file system is read-only</source>
        <translation>檔案系統為唯讀</translation>
    </message>
    <message>
        <source>The folder does not exist</source>
        <translation>資料夾不存在</translation>
    </message>
    <message>
        <source>This is a folder</source>
        <translation>這是一個資料夾</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>輸入/輸出錯誤</translation>
    </message>
    <message>
        <source>The name is too long</source>
        <translation>名稱過長</translation>
    </message>
    <message>
        <source>This is not a regular file (a folder, pipe or device): it is not replaced</source>
        <translation>這不是一般檔案（而是資料夾、管道或裝置）：不會取代它</translation>
    </message>
</context>
<context>
    <name>SenderReport</name>
    <message>
        <source>DMARC policy of %1</source>
        <translation>%1 的 DMARC 政策</translation>
    </message>
    <message>
        <source>SPF record of %1 (the line with v=spf1)</source>
        <translation>%1 的 SPF 記錄（含 v=spf1 的那一行）</translation>
    </message>
    <message>
        <source>DKIM key of selector %1 at %2</source>
        <translation>%2 的選取器 %1 的 DKIM 金鑰</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR) of %1</source>
        <translation>%1 的反向 DNS（PTR）</translation>
    </message>
    <message>
        <source>Address of the HELO name %1 (should give %2)</source>
        <translation>HELO 名稱 %1 的位址（應為 %2）</translation>
    </message>
    <message>
        <source>From domain: %1</source>
        <translation>From 網域：%1</translation>
    </message>
    <message>
        <source>Return-Path domain: %1</source>
        <translation>Return-Path 網域：%1</translation>
    </message>
    <message>
        <source>DKIM signature: d=%1 s=%2</source>
        <translation>DKIM 簽章：d=%1 s=%2</translation>
    </message>
    <message>
        <source>Sending IP: %1</source>
        <translation>寄送 IP：%1</translation>
    </message>
    <message>
        <source>Sending IP: %1 (HELO %2)</source>
        <translation>寄送 IP：%1（HELO %2）</translation>
    </message>
    <message>
        <source>Authentication results: SPF %1, DKIM %2, DMARC %3</source>
        <translation>驗證結果：SPF %1，DKIM %2，DMARC %3</translation>
    </message>
    <message>
        <source>Not aligned: DKIM d=%1 is not the From domain %2 (DMARC needs one of SPF or DKIM aligned)</source>
        <translation>未對齊：DKIM d=%1 不是 From 網域 %2（DMARC 要求 SPF 或 DKIM 至少有一項對齊）</translation>
    </message>
    <message>
        <source>Not aligned: the Return-Path domain %1 is not the From domain %2</source>
        <translation>未對齊：Return-Path 網域 %1 不是 From 網域 %2</translation>
    </message>
    <message>
        <source>The bounces do not show the sending identity (no copy of the original&apos;s headers): check the records of your From domain.</source>
        <translation>退信中看不出寄送身分（未附原始郵件的標頭）：請檢查您 From 網域的記錄。</translation>
    </message>
    <message numerus="yes">
        <source>Reply %1 (%2): %n recipient(s)</source>
        <extracomment>%1: entry&apos;s codes, %2: entry id</extracomment>
        <translation>
            <numerusform>回覆 %1（%2）：%n 位收件者</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>處理方式：%1</translation>
    </message>
    <message>
        <source>Check these records:</source>
        <translation>請檢查以下記錄：</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>需要修正的問題</translation>
    </message>
    <message>
        <source>No recipient failed because of the sending side.</source>
        <translation>沒有收件者因寄件端的問題而傳送失敗。</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) could not be reached because of the sending side: fix the causes below, then resend to them.</source>
        <translation>
            <numerusform>有 %n 位收件者因寄件端的問題而無法送達：請修正以下起因，然後重新傳送給他們。</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>By cause: %1</source>
        <translation>依起因：%1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between the items of a list</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>By provider: %1</source>
        <translation>依服務供應商：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2: %n recipient(s)</source>
        <extracomment>%1: group number, %2: the cause (&quot;DMARC&quot;)</extracomment>
        <translation>
            <numerusform>%1. %2：%n 位收件者</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Synonyms</name>
    <message>
        <source>%1: &quot;concepts&quot; must be an array</source>
        <translation>%1：「concepts」必須是陣列</translation>
    </message>
    <message>
        <source>%1: concept %2</source>
        <translation>%1：第 %2 個概念</translation>
    </message>
    <message>
        <source>%1: concept %2 (&quot;%3&quot;)</source>
        <translation>%1：第 %2 個概念（「%3」）</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1：欄位「%2」：%3</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1：不是物件</translation>
    </message>
    <message>
        <source>missing, or not made of a-z, 0-9 and &apos;-&apos;</source>
        <translation>缺少，或不是由 a-z、0-9 和「-」組成</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another concept too</source>
        <translation>「%1」也被另一個概念使用</translation>
    </message>
    <message>
        <source>expected an object of phrase lists by language</source>
        <translation>應為依語言列出片語的物件</translation>
    </message>
    <message>
        <source>expected a non-empty array of non-empty strings</source>
        <translation>應為由非空字串組成的非空陣列</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;</source>
        <translation>不明的語言「%1」</translation>
    </message>
    <message>
        <source>must be an array of non-empty strings</source>
        <translation>必須是由非空字串組成的陣列</translation>
    </message>
    <message>
        <source>a concept needs &quot;reasons&quot;, &quot;codes&quot; or &quot;ids&quot;</source>
        <translation>概念需要「reasons」「codes」或「ids」</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code like 550, 5.1.1 or &quot;550 5.1.1&quot;</source>
        <translation>「%1」不是 550、5.1.1 或「550 5.1.1」這類代碼</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：無法讀取檔案：%2</translation>
    </message>
    <message>
        <source>synonyms.json: concept &quot;%1&quot;: field &quot;reasons&quot;: no entry has the reason &quot;%2&quot;</source>
        <translation>synonyms.json：概念「%1」：欄位「reasons」：沒有條目的原因是「%2」</translation>
    </message>
    <message>
        <source>synonyms.json: concept &quot;%1&quot;: field &quot;codes&quot;: no entry has the code &quot;%2&quot;</source>
        <translation>synonyms.json：概念「%1」：欄位「codes」：沒有條目的代碼是「%2」</translation>
    </message>
    <message>
        <source>synonyms.json: concept &quot;%1&quot;: field &quot;ids&quot;: no entry has the id &quot;%2&quot;</source>
        <translation>synonyms.json：概念「%1」：欄位「ids」：沒有 ID 為「%2」的條目</translation>
    </message>
    <message>
        <source>synonyms file</source>
        <translation>同義詞檔案</translation>
    </message>
    <message>
        <source>%1: &quot;particles&quot; must be an array of single Chinese characters</source>
        <translation>%1：「particles」必須是由單一中文字組成的陣列</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a gap (*) needs words on both sides</source>
        <translation>「%1」：間隔符號（*）兩側都必須有文字</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必須是 true 或 false</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <source>Temporary failure - retry later</source>
        <translation>暫時性失敗，請稍後重試</translation>
    </message>
    <message>
        <source>Temporary: %1 - retry later</source>
        <translation>暫時性失敗：%1，請稍後重試</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>永久性失敗</translation>
    </message>
    <message>
        <source>Permanent failure: %1</source>
        <translation>永久性失敗：%1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>傳送失敗</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>傳送失敗：%1</translation>
    </message>
    <message>
        <source>Stop mailing this address</source>
        <translation>停止寄信到這個位址</translation>
    </message>
    <message>
        <source>Your server will retry</source>
        <translation>您的伺服器會重試</translation>
    </message>
    <message>
        <source>Fix your sending first, then resend</source>
        <translation>請先修正寄送問題，然後重新傳送</translation>
    </message>
    <message>
        <source>Check by hand</source>
        <extracomment>Address action in the mailbox table: check by hand</extracomment>
        <translation>請手動檢查</translation>
    </message>
    <message>
        <source>Stop mailing</source>
        <extracomment>Address action in the mailbox table: suppress the address</extracomment>
        <translation>停止寄送</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Address action in the mailbox table: the server retries</extracomment>
        <translation>重試</translation>
    </message>
    <message>
        <source>Fix sending</source>
        <extracomment>Address action in the mailbox table: the sender must fix something first</extracomment>
        <translation>修正寄送</translation>
    </message>
    <message>
        <source>the bounce does not say why the delivery failed</source>
        <translation>退信沒有說明傳送失敗的原因</translation>
    </message>
    <message>
        <source>the bounce does not say whether the failure is permanent</source>
        <translation>退信沒有說明失敗是否為永久性</translation>
    </message>
    <message>
        <source>the cause can lie with the recipient or with the sender</source>
        <translation>原因可能在收件者一方，也可能在寄件者一方</translation>
    </message>
    <message>
        <source>this is a report or an automatic reply, not a failed delivery</source>
        <translation>這是報告或自動回覆，不是傳送失敗</translation>
    </message>
    <message>
        <source>the reply code and the enhanced status code disagree</source>
        <translation>回覆碼與增強狀態碼互相矛盾</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>authentication (SPF and DKIM)</source>
        <translation>驗證（SPF 和 DKIM）</translation>
    </message>
    <message>
        <source>reverse DNS (PTR) of the sending IP</source>
        <translation>寄送 IP 的反向 DNS（PTR）</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>HELO 名稱</translation>
    </message>
    <message>
        <source>IP or domain reputation</source>
        <translation>IP 或網域信譽</translation>
    </message>
    <message>
        <source>message content</source>
        <translation>郵件內容</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>sending account or relay settings</source>
        <translation>寄件帳戶或轉發設定</translation>
    </message>
    <message>
        <source>message size</source>
        <translation>郵件大小</translation>
    </message>
    <message>
        <source>sending limits</source>
        <translation>寄送限制</translation>
    </message>
    <message>
        <source>message format</source>
        <translation>郵件格式</translation>
    </message>
    <message>
        <source>the receiver&apos;s policy</source>
        <translation>收件端的政策</translation>
    </message>
    <message>
        <source>the sending setup</source>
        <translation>寄送設定</translation>
    </message>
    <message>
        <source>Stop mailing this address: %1</source>
        <translation>停止寄信到這個位址：%1</translation>
    </message>
    <message>
        <source>Your server will retry: %1</source>
        <translation>您的伺服器會重試：%1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>%1: what to fix (&quot;DMARC&quot;), %2: the domain or IP address it is about</extracomment>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>Fix your sending first (%1), then resend</source>
        <translation>請先修正寄送問題（%1），然後重新傳送</translation>
    </message>
    <message>
        <source>Check by hand: %1</source>
        <translation>請手動檢查：%1</translation>
    </message>
    <message>
        <source>Send again later</source>
        <translation>請稍後重新寄送</translation>
    </message>
    <message>
        <source>Send again later: %1</source>
        <translation>請稍後重新寄送：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>BounceLens</source>
        <translation>BounceLens</translation>
    </message>
    <message>
        <source>The code table is broken, so BounceLens cannot start.

%1</source>
        <translation>代碼表已損毀，因此 BounceLens 無法啟動。

%1</translation>
    </message>
</context>
</TS>
