<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddressActionRules</name>
    <message>
        <source>address action file</source>
        <translation>地址处理方式文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason word</source>
        <translation>“%1”不是原因词</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot;: the actions must be suppress, retry, fix-sending or review, and &quot;why&quot; a known word</source>
        <translation>原因“%1”：处理方式必须是 suppress、retry、fix-sending 或 review，“why”必须是已知的词</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot;: &quot;why&quot; is needed exactly when an action is review</source>
        <translation>原因“%1”：只有处理方式为 review 时才需要“why”，且必须提供</translation>
    </message>
    <message>
        <source>every cause needs a &quot;cause&quot; name</source>
        <translation>每个起因都需要“cause”名称</translation>
    </message>
    <message>
        <source>cause &quot;%1&quot;: &quot;%2&quot; is not a reason word</source>
        <translation>起因“%1”：“%2”不是原因词</translation>
    </message>
    <message>
        <source>cause &quot;%1&quot;: bad &quot;words&quot;: %2</source>
        <translation>起因“%1”：“words”有误：%2</translation>
    </message>
</context>
<context>
    <name>BounceLens::BrowseView</name>
    <message>
        <source>Search: 550, 5.7.1, 5.7, &quot;550 5.7.1&quot;, 4xx, or words such as quota</source>
        <translation>搜索：550, 5.7.1, 5.7, &quot;550 5.7.1&quot;, 4xx，或“配额”等词语</translation>
    </message>
    <message>
        <source>&amp;Copy Code and Text</source>
        <translation>复制代码和文本(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;English Text</source>
        <translation>复制英文文本(&amp;E)</translation>
    </message>
    <message>
        <source>Copy &amp;Simplified Chinese Text</source>
        <translation>复制简体中文文本(&amp;S)</translation>
    </message>
    <message>
        <source>Copy &amp;Traditional Chinese Text</source>
        <translation>复制繁体中文文本(&amp;T)</translation>
    </message>
    <message>
        <source>No codes match the filters.</source>
        <translation>没有符合筛选条件的代码。</translation>
    </message>
    <message>
        <source>No codes match &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的代码。</translation>
    </message>
    <message>
        <source>Try a code such as 550 or 5.7.1, fewer words, or other words for the cause, such as mailbox full, password or spam.</source>
        <translation>请尝试输入代码（如 550 或 5.7.1）、减少字词，或换一种说法描述原因，例如：邮箱已满、密码、垃圾邮件。</translation>
    </message>
    <message>
        <source>Reply code, enhanced code or prefix, class (4xx, 5xx), a pasted reply or log line, and any words in English or Chinese, including everyday ones such as mailbox full or user unknown (Ctrl+F)</source>
        <translation>回复码、增强状态码或其前缀、类别（4xx、5xx）、粘贴的回复或日志行，以及任何中英文字词，包括“邮箱已满”“用户不存在”这样的日常说法（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search works without synonyms: %1</source>
        <translation>搜索暂不使用同义词：%1</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>您是不是要找：%1？</translation>
    </message>
    <message>
        <source>Search for the corrected words</source>
        <translation>搜索更正后的词语</translation>
    </message>
    <message>
        <source>Try a shorter code or a class, such as 5.1 or 5xx, or words for the cause, such as mailbox full, password or spam.</source>
        <translation>请尝试更短的代码或类别（如 5.1 或 5xx），或用字词描述原因，例如：邮箱已满、密码、垃圾邮件。</translation>
    </message>
    <message numerus="yes">
        <source>Matches hidden by the filters: %n</source>
        <translation>
            <numerusform>被筛选条件隐藏的匹配项：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Filters</source>
        <extracomment>The same words as the facet bar&apos;s button</extracomment>
        <translation>重置筛选条件</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>搜索代码</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>The codes the search and filters show; the selected code&apos;s details follow</source>
        <translation>搜索和筛选条件显示的代码；其后是所选代码的详细信息</translation>
    </message>
</context>
<context>
    <name>BounceLens::CodeDetailsView</name>
    <message>
        <source>Select a code to see what it means and what to do.</source>
        <translation>选择一个代码，查看其含义和处理方法。</translation>
    </message>
    <message>
        <source>SMTP stage: %1</source>
        <translation>SMTP 阶段：%1</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <source>Who must act: %1.</source>
        <translation>需由谁处理：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Now sent as</source>
        <translation>当前的回复形式</translation>
    </message>
    <message>
        <source>Formerly</source>
        <translation>以前的回复形式</translation>
    </message>
    <message>
        <source>Servers also send this reply as: %1</source>
        <translation>服务器也会以这些代码发送此回复：%1</translation>
    </message>
    <message>
        <source>Older and live wordings</source>
        <translation>旧版和当前措辞</translation>
    </message>
    <message>
        <source>What the codes mean</source>
        <translation>代码含义</translation>
    </message>
    <message>
        <source>Other replies with %1 (%2)</source>
        <translation>使用 %1 的其他回复（%2）</translation>
    </message>
    <message>
        <source>Google&apos;s help page</source>
        <translation>Google 帮助页面</translation>
    </message>
    <message>
        <source>Entry id: %1</source>
        <translation>条目 ID：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences, or a label and its text, in a row. Chinese puts no space between them.</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>2018 Chinese list wording</source>
        <extracomment>Heading above the Simplified Chinese text of the original 2018 list, kept verbatim.</extracomment>
        <translation>2018 年中文列表原文</translation>
    </message>
    <message>
        <source>%1&apos;s help page</source>
        <translation>%1 帮助页面</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>资料来源</translation>
    </message>
    <message>
        <source>Provider: %1 (%2), facts checked %3</source>
        <translation>服务商：%1（%2），资料核对于 %3</translation>
    </message>
</context>
<context>
    <name>BounceLens::CodeTableModel</name>
    <message>
        <source>Reply</source>
        <extracomment>Column header: the basic SMTP reply code, like 550</extracomment>
        <translation>回复码</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <extracomment>Column header: the enhanced status code, like 5.1.1</extracomment>
        <translation>增强状态码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>BounceLens::DecodeView</name>
    <message>
        <source>Could not open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>Paste a bounce to decode it</source>
        <translation>粘贴退信即可解析</translation>
    </message>
    <message>
        <source>BounceLens reads the whole bounce - the message source (&quot;Show original&quot;) or the text you see - in English or Chinese, and says per recipient what failed, the exact Gmail reply it matches and what to do. You can also drop an .eml, .txt or mbox file here.</source>
        <translation>BounceLens 会读取整封退信（邮件源代码，即“显示原始邮件”的内容，或您看到的文本；英文或中文均可），并逐个收件人说明失败情况、与之完全匹配的 Gmail 回复以及处理方法。您也可以将 .eml、.txt 或 mbox 文件拖放到这里。</translation>
    </message>
    <message>
        <source>This input could not be read</source>
        <translation>无法读取此输入内容</translation>
    </message>
    <message>
        <source>Charset: %1</source>
        <translation>字符集：%1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>Original subject: %1</source>
        <translation>原始邮件主题：%1</translation>
    </message>
    <message>
        <source>No SMTP reply code found.</source>
        <translation>未找到 SMTP 回复码。</translation>
    </message>
    <message>
        <source>Nothing found: this does not look like a bounce with an SMTP error</source>
        <translation>未找到结果：此内容看起来不像包含 SMTP 错误的退信</translation>
    </message>
    <message>
        <source>%1 permanent</source>
        <translation>%1 个永久性失败</translation>
    </message>
    <message>
        <source>%1 temporary</source>
        <translation>%1 个临时性失败</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 个已递送</translation>
    </message>
    <message>
        <source>Recipients: %1 (%2)</source>
        <translation>收件人：%1 个（%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Message %1 of %2</source>
        <translation>第 %1 封，共 %2 封</translation>
    </message>
    <message>
        <source>Bounce from %1</source>
        <translation>退信来自 %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>发送时间：%1</translation>
    </message>
    <message>
        <source>Text report (*.txt)</source>
        <translation>文本报告 (*.txt)</translation>
    </message>
    <message>
        <source>JSON Lines, as bouncelens decode --json (*.jsonl *.json)</source>
        <translation>JSON Lines，同 bouncelens decode --json (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>无法将报告保存到 %1：%2</translation>
    </message>
    <message>
        <source>Paste the whole bounce here: the message source (&quot;Show original&quot; in Gmail) or the text you see in your mail program, English or Chinese.

Or drop an .eml, .txt or mbox file on this window.</source>
        <translation>在此粘贴整封退信：邮件源代码（Gmail 中的“显示原始邮件”）或您在邮件程序中看到的文本，英文或中文均可。

也可以将 .eml、.txt 或 mbox 文件拖放到此窗口。</translation>
    </message>
    <message>
        <source>Decoding starts as soon as you paste (Ctrl+Shift+V pastes and decodes)</source>
        <translation>粘贴后立即开始解析（按 Ctrl+Shift+V 可粘贴并解析）</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>复制报告(&amp;C)</translation>
    </message>
    <message>
        <source>Copy a plain-text summary of the results</source>
        <translation>复制结果的纯文本摘要</translation>
    </message>
    <message>
        <source>&amp;Save Report...</source>
        <translation>保存报告(&amp;S)...</translation>
    </message>
    <message>
        <source>Save the results as text or as JSON</source>
        <translation>将结果保存为文本或 JSON</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>This file is not a mail message</source>
        <translation>此文件不是邮件</translation>
    </message>
    <message>
        <source>message %1 of %2</source>
        <extracomment>Above the box: which message of an mbox the Readable view shows</extracomment>
        <translation>第 %1 封，共 %2 封</translation>
    </message>
    <message>
        <source>showing the first %1 of %2</source>
        <extracomment>Above the box for a very big file: %1 and %2 are sizes (&quot;2.0 MiB&quot;)</extracomment>
        <translation>仅显示前 %1（共 %2）</translation>
    </message>
    <message>
        <source> - </source>
        <extracomment>Separator between the file name and &quot;message n of N&quot; above the box</extracomment>
        <translation> - </translation>
    </message>
    <message>
        <source>The decoded message appears here: headers, text in its own language, the delivery status and the original message&apos;s headers.</source>
        <translation>解码后的邮件显示在这里：标头、按原字符集解码的正文、递送状态以及原始邮件的标头。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源文本</translation>
    </message>
    <message>
        <source>The bounce as pasted or as the file holds it</source>
        <translation>按粘贴内容或文件原样显示退信</translation>
    </message>
    <message>
        <source>Readable</source>
        <translation>可读文本</translation>
    </message>
    <message>
        <source>The bounce as a person reads it: encoded text and headers decoded, HTML as text</source>
        <translation>以便于阅读的形式显示退信：已解码编码的正文和标头，HTML 显示为纯文本</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>未读取：%1</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <extracomment>Recipients whose bounce does not say whether the failure is permanent</extracomment>
        <translation>%1 个结果不明</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Back to Mailbox</source>
        <translation>返回邮箱</translation>
    </message>
    <message>
        <source>The mailbox, as you left it</source>
        <translation>回到离开时的邮箱</translation>
    </message>
    <message>
        <source>Bounce source</source>
        <translation>退信源文本</translation>
    </message>
    <message>
        <source>Readable bounce</source>
        <translation>可读的退信</translation>
    </message>
    <message>
        <source>Decoded recipients</source>
        <translation>解析出的收件人</translation>
    </message>
</context>
<context>
    <name>BounceLens::FacetBar</name>
    <message>
        <source>Temporary and permanent</source>
        <translation>临时性和永久性</translation>
    </message>
    <message>
        <source>Temporary (4xx)</source>
        <translation>临时性（4xx）</translation>
    </message>
    <message>
        <source>Permanent (5xx)</source>
        <translation>永久性（5xx）</translation>
    </message>
    <message>
        <source>Temporary failures may succeed later; permanent ones will not</source>
        <translation>临时性失败稍后可能会成功，永久性失败则不会</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>X.1 Addressing</source>
        <translation>X.1 地址</translation>
    </message>
    <message>
        <source>X.2 Mailbox</source>
        <translation>X.2 邮箱</translation>
    </message>
    <message>
        <source>X.3 Mail system</source>
        <translation>X.3 邮件系统</translation>
    </message>
    <message>
        <source>X.4 Network and routing</source>
        <translation>X.4 网络和路由</translation>
    </message>
    <message>
        <source>X.5 Protocol</source>
        <translation>X.5 协议</translation>
    </message>
    <message>
        <source>X.6 Content</source>
        <translation>X.6 内容</translation>
    </message>
    <message>
        <source>X.7 Security and policy</source>
        <translation>X.7 安全和政策</translation>
    </message>
    <message>
        <source>Subject of the enhanced status code (the middle number)</source>
        <translation>增强状态码的主题类别（中间的数字）</translation>
    </message>
    <message>
        <source>Gmail and generic</source>
        <translation>Gmail 和通用</translation>
    </message>
    <message>
        <source>Gmail replies</source>
        <translation>Gmail 回复</translation>
    </message>
    <message>
        <source>Generic meanings (RFC)</source>
        <translation>通用含义（RFC）</translation>
    </message>
    <message>
        <source>Current and historical</source>
        <translation>当前和历史</translation>
    </message>
    <message>
        <source>On Google&apos;s page now</source>
        <translation>当前在 Google 页面上</translation>
    </message>
    <message>
        <source>Historical</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Whether Google&apos;s help page still lists the reply</source>
        <translation>Google 帮助页面是否仍列出该回复</translation>
    </message>
    <message>
        <source>Any SMTP stage</source>
        <translation>所有 SMTP 阶段</translation>
    </message>
    <message>
        <source>The step of the SMTP session where the reply is sent</source>
        <translation>SMTP 会话中发送该回复的步骤</translation>
    </message>
    <message>
        <source>Reset Filters</source>
        <translation>重置筛选条件</translation>
    </message>
    <message>
        <source>Show every code again: all severities, classes, sources and stages</source>
        <translation>重新显示所有代码：所有严重程度、类别、来源和阶段</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>所有服务商</translation>
    </message>
    <message>
        <source>%1 replies</source>
        <translation>%1 回复</translation>
    </message>
    <message>
        <source>Whose replies to show: Gmail&apos;s, another provider&apos;s, or the generic meanings of RFC 3463 and RFC 5321</source>
        <translation>显示谁的回复：Gmail 的、其他服务商的，或 RFC 3463 和 RFC 5321 的通用含义</translation>
    </message>
</context>
<context>
    <name>BounceLens::HelpDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>搜索语法</translation>
    </message>
    <message>
        <source>Go to the search field</source>
        <translation>转到搜索框</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>In the search field: clear it. In the table: back to the search field.</source>
        <translation>在搜索框中：清空搜索框。在表格中：返回搜索框。</translation>
    </message>
    <message>
        <source>Down arrow</source>
        <translation>向下箭头</translation>
    </message>
    <message>
        <source>From the search field into the results</source>
        <translation>从搜索框进入结果列表</translation>
    </message>
    <message>
        <source>Browse the codes</source>
        <translation>浏览代码</translation>
    </message>
    <message>
        <source>Decode a bounce</source>
        <translation>解析退信</translation>
    </message>
    <message>
        <source>Open a bounce file</source>
        <translation>打开退信文件</translation>
    </message>
    <message>
        <source>Paste a bounce and decode it</source>
        <translation>粘贴退信并解析</translation>
    </message>
    <message>
        <source>Copy the selection (in the table: the row)</source>
        <translation>复制所选内容（在表格中：复制整行）</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>A basic reply code</source>
        <translation>基本回复码</translation>
    </message>
    <message>
        <source>An enhanced status code (and its generic meaning)</source>
        <translation>增强状态码（及其通用含义）</translation>
    </message>
    <message>
        <source>Every enhanced code that starts so (5.7.*)</source>
        <translation>以此开头的所有增强状态码（5.7.*）</translation>
    </message>
    <message>
        <source>Both codes; also as pasted from a reply: 550-5.7.1</source>
        <translation>同时匹配两个代码；也可直接粘贴回复中的写法：550-5.7.1</translation>
    </message>
    <message>
        <source>Every temporary code (5xx: every permanent one)</source>
        <translation>所有临时性代码（5xx：所有永久性代码）</translation>
    </message>
    <message>
        <source>Chinese keywords need no spaces</source>
        <translation>中文关键词无需空格</translation>
    </message>
    <message>
        <source>Exact code matches are listed first. The filters below the search field narrow the list further.</source>
        <translation>代码完全匹配的条目排在最前面。搜索框下方的筛选器可进一步缩小列表范围。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Open a mailbox folder (Maildir or a folder of bounces)</source>
        <translation>打开邮箱文件夹（Maildir 或存放退信的文件夹）</translation>
    </message>
    <message>
        <source>In the mailbox view: stop decoding (the rows so far stay)</source>
        <translation>在邮箱视图中：停止解析（已列出的行会保留）</translation>
    </message>
    <message>
        <source>Keywords in English or Chinese: entries with more of the words rank first</source>
        <translation>中英文关键字：包含更多关键字的条目排在前面</translation>
    </message>
    <message>
        <source>Everyday words for a cause find its codes too</source>
        <translation>用日常说法描述原因，也能找到对应的代码</translation>
    </message>
    <message>
        <source>A code inside pasted text: a reply or log line is enough</source>
        <translation>粘贴的文字中的代码：粘贴整行回复或日志即可</translation>
    </message>
</context>
<context>
    <name>BounceLens::MailboxJob</name>
    <message>
        <source>The file has changed: the message is no longer there.</source>
        <translation>文件已更改：该邮件已不在原处。</translation>
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
        <translation>此邮件中没有找到递送失败的收件人</translation>
    </message>
    <message>
        <source>other</source>
        <extracomment>Origin column: a reply from neither gsmtp nor gcdp</extracomment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>网域</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>Column header: the basic SMTP reply code (550)</extracomment>
        <translation>代码</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <extracomment>Column header: the enhanced status code (5.1.1)</extracomment>
        <translation>增强状态码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>Column header: the matched Gmail reply&apos;s text</extracomment>
        <translation>回复</translation>
    </message>
    <message>
        <source>Origin</source>
        <extracomment>Column header: gsmtp, gcdp or another server</extracomment>
        <translation>来源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column header: the file (and message number) the bounce came from</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Bounces</source>
        <extracomment>Column header: how many bounces an address had</extracomment>
        <translation>退信数</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column header: what to do with the address (stop mailing it, retry, fix sending)</extracomment>
        <translation>处理方式</translation>
    </message>
</context>
<context>
    <name>BounceLens::MailboxView</name>
    <message>
        <source>The message could not be read again from %1: %2</source>
        <translation>无法从 %1 重新读取该邮件：%2</translation>
    </message>
    <message>
        <source>[The first %1 KB of %2 KB are shown.]</source>
        <translation>[仅显示 %2 KB 中的前 %1 KB。]</translation>
    </message>
    <message>
        <source>Copy Address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>Decoding: %1 of %2 messages (%3 of %4 MB)</source>
        <translation>正在解析：第 %1 封，共 %2 封邮件（%3 / %4 MB）</translation>
    </message>
    <message>
        <source>Open a mailbox (mbox, Maildir or a folder of bounces) to list its recipients.</source>
        <translation>打开一个邮箱（mbox、Maildir 或存放退信的文件夹），列出其中的收件人。</translation>
    </message>
    <message>
        <source>Messages: %1, recipients: %2</source>
        <translation>邮件：%1 封，收件人：%2 个</translation>
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
        <translation>未找到收件人：%1 封</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 messages</source>
        <translation>已取消：已解析 %1 封，共 %2 封邮件</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>显示 %1 行，共 %2 行</translation>
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
        <translation>此邮件中没有找到递送失败的收件人。</translation>
    </message>
    <message>
        <source>Reading the message...</source>
        <translation>正在读取邮件...</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export JSON Lines</source>
        <translation>导出 JSON Lines</translation>
    </message>
    <message>
        <source>JSON Lines, as bouncelens decode --json (*.jsonl *.json)</source>
        <translation>JSON Lines，同 bouncelens decode --json (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>Export Suppression List</source>
        <translation>导出禁止发送名单</translation>
    </message>
    <message>
        <source>The file could not be saved to %1: %2</source>
        <translation>无法将文件保存到 %1：%2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop decoding (Esc); the rows so far stay</source>
        <translation>停止解析（Esc）；已列出的行会保留</translation>
    </message>
    <message>
        <source>Decode One Bounce</source>
        <translation>解析单封退信</translation>
    </message>
    <message>
        <source>Back to the paste box</source>
        <translation>返回粘贴框</translation>
    </message>
    <message>
        <source>Group by recipient</source>
        <translation>按收件人分组</translation>
    </message>
    <message>
        <source>One row per address, with its number of bounces and its latest outcome</source>
        <translation>每个地址一行，显示退信次数和最近一次的结果</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>导出 CSV...</translation>
    </message>
    <message>
        <source>The visible rows as CSV (UTF-8, opens in Excel)</source>
        <translation>将显示的行导出为 CSV（UTF-8，可用 Excel 打开）</translation>
    </message>
    <message>
        <source>Export JSON Lines...</source>
        <translation>导出 JSON Lines...</translation>
    </message>
    <message>
        <source>The visible rows&apos; messages as bouncelens decode --json prints them</source>
        <translation>按 bouncelens decode --json 的格式导出显示的行所属的邮件</translation>
    </message>
    <message>
        <source>Export Suppression List...</source>
        <translation>导出禁止发送名单...</translation>
    </message>
    <message>
        <source>The distinct addresses that failed permanently among the visible rows, one a line</source>
        <translation>显示的行中永久性失败的地址（去重），每行一个</translation>
    </message>
    <message>
        <source>Filter: address, domain, code, reason or words of the reply</source>
        <translation>筛选：地址、网域、代码、原因或回复中的文字</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>网域：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Gmail reply</source>
        <translation>Gmail 回复</translation>
    </message>
    <message>
        <source>Recipient domain (top 10)</source>
        <translation>收件人网域（前 10 名）</translation>
    </message>
    <message>
        <source>Select a row to see its message, with the reply lines highlighted.</source>
        <translation>选择一行即可查看对应的邮件，回复所在的行会突出显示。</translation>
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
        <translation>文本，每行一个地址 (*.txt);;CSV：地址、原因、条目、日期、文件 (*.csv)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>未读取：%1</translation>
    </message>
    <message>
        <source>%1 has changed since it was opened: its messages are not where they were. Reload it to see this message.</source>
        <translation>%1 在打开后已被更改：其中的邮件已不在原来的位置。请重新加载后再查看这封邮件。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Reset Filters</source>
        <translation>重置筛选条件</translation>
    </message>
    <message>
        <source>Show every row again: clear the filter field and the facets</source>
        <translation>重新显示所有行：清空筛选框和各筛选项</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Show or hide the summary of the mailbox</source>
        <translation>显示或隐藏邮箱摘要</translation>
    </message>
    <message>
        <source>As Table</source>
        <translation>表格形式</translation>
    </message>
    <message>
        <source>Show the summary as a table instead of charts</source>
        <translation>以表格而非图表显示摘要</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源文本</translation>
    </message>
    <message>
        <source>The message as the file holds it</source>
        <translation>按文件原样显示邮件</translation>
    </message>
    <message>
        <source>Readable</source>
        <translation>可读文本</translation>
    </message>
    <message>
        <source>The message as a person reads it: encoded text and headers decoded, HTML as text</source>
        <translation>以便于阅读的形式显示邮件：已解码编码的正文和标头，HTML 显示为纯文本</translation>
    </message>
    <message>
        <source>Open in Decode View</source>
        <translation>在解析视图中打开</translation>
    </message>
    <message>
        <source>Decode this message alone in the Decode view; the mailbox stays loaded</source>
        <translation>在解析视图中单独解析此邮件；邮箱保持加载</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>筛选行</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>One row per failed recipient; select a row to see its card and message</source>
        <translation>每个失败的收件人一行；选择一行即可查看其卡片和邮件</translation>
    </message>
    <message>
        <source>Selected recipient</source>
        <translation>所选收件人</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>邮件源文本</translation>
    </message>
    <message>
        <source>Readable message</source>
        <translation>可读的邮件</translation>
    </message>
    <message>
        <source>Decoding progress</source>
        <translation>解析进度</translation>
    </message>
    <message>
        <source>The numbers the charts draw; Enter filters the rows by the selected item</source>
        <translation>图表所示的数字；按 Enter 键按所选项目筛选行</translation>
    </message>
    <message>
        <source>Show only the rows with this value</source>
        <translation>只显示具有此值的行</translation>
    </message>
    <message>
        <source>Bar chart; click a bar to filter the rows. The same numbers are in the summary table (As Table).</source>
        <translation>条形图；点击条形可筛选行。相同的数字也显示在摘要表格中（表格形式）。</translation>
    </message>
    <message>
        <source>No messages found in %1</source>
        <translation>在 %1 中未找到邮件</translation>
    </message>
    <message>
        <source>Also list the retry addresses whose failures kept coming for at least this many days:</source>
        <translation>同时列入失败持续至少这么多天的重试地址：</translation>
    </message>
    <message>
        <source>Also List Retry Addresses...</source>
        <translation>同时列入重试地址...</translation>
    </message>
    <message numerus="yes">
        <source>Also Listing Retry Addresses Failing for %n Day(s)</source>
        <translation>
            <numerusform>同时列入失败持续 %n 天以上的重试地址</numerusform>
        </translation>
    </message>
    <message>
        <source>The suppression list also takes the addresses whose temporary failures (retry) kept coming for at least a number of days, as bouncelens decode --suppression-retry-days does</source>
        <translation>禁止发送名单也列入临时性失败（重试）持续至少若干天的地址，与 bouncelens decode --suppression-retry-days 相同</translation>
    </message>
    <message>
        <source>Suppression list options</source>
        <translation>禁止发送名单选项</translation>
    </message>
</context>
<context>
    <name>BounceLens::MainWindow</name>
    <message>
        <source>Open Bounce</source>
        <translation>打开退信</translation>
    </message>
    <message>
        <source>&amp;Browse Codes</source>
        <translation>浏览代码(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Decode Bounce</source>
        <translation>解析退信(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Bounce...</source>
        <translation>打开退信(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Paste and Decode</source>
        <translation>粘贴并解析(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find Code...</source>
        <translation>查找代码(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About BounceLens</source>
        <translation>关于 BounceLens(&amp;A)</translation>
    </message>
    <message>
        <source>%1 of %2 codes</source>
        <extracomment>Status bar: how many codes the search and filters show, of all codes</extracomment>
        <translation>显示 %1 个代码（共 %2 个）</translation>
    </message>
    <message>
        <source>About BounceLens</source>
        <translation>关于 BounceLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BounceLens %1&lt;/h3&gt;&lt;p&gt;The offline reference for the SMTP error codes of Gmail and other providers, and a bounce decoder.&lt;/p&gt;&lt;p&gt;%2 entries: Gmail&apos;s replies (current and historical), other providers&apos; replies (Microsoft, Yahoo, NetEase, Tencent, Alibaba, Apple and more) and the generic meanings of RFC 3463 and RFC 5321. Nothing is sent over the network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BounceLens %1&lt;/h3&gt;&lt;p&gt;Gmail 及其他邮件服务商 SMTP 错误代码的离线参考，以及退信解析工具。&lt;/p&gt;&lt;p&gt;共 %2 个条目：Gmail 的回复（当前及历史）、其他服务商的回复（Microsoft、Yahoo、网易、腾讯、阿里巴巴、Apple 等）以及 RFC 3463 和 RFC 5321 中的通用含义。不会通过网络发送任何数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bounces and mailboxes (*.eml *.mbox *.mbx *.txt *.log mbox);;Mail messages (*.eml);;Mailboxes (*.mbox *.mbx mbox);;Text (*.txt *.log)</source>
        <extracomment>File types the Open dialog lists: only those BounceLens reads</extracomment>
        <translation>退信和邮箱文件 (*.eml *.mbox *.mbx *.txt *.log mbox);;邮件 (*.eml);;邮箱文件 (*.mbox *.mbx mbox);;文本 (*.txt *.log)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Edit menu; the key after the tab is shown, the focused widget handles it</extracomment>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Search Syntax</source>
        <translation>搜索语法(&amp;S)</translation>
    </message>
    <message>
        <source>Open Mailbox Folder</source>
        <translation>打开邮箱文件夹</translation>
    </message>
    <message>
        <source>Open Mailbox &amp;Folder...</source>
        <translation>打开邮箱文件夹(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Export Mailbox</source>
        <translation>导出邮箱(&amp;E)</translation>
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
        <translation>禁止发送名单(&amp;S)...</translation>
    </message>
    <message>
        <source>%1, message at byte %2</source>
        <extracomment>Above the paste box: a message of a mailbox (&quot;inbox.mbox, message at 1,234&quot;)</extracomment>
        <translation>%1，位于第 %2 字节的邮件</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>File &gt; Open Recent: &quot;&amp;1 name (folder)&quot;; the number is the menu&apos;s access key</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
</context>
<context>
    <name>BounceLens::RecipientCard</name>
    <message>
        <source>No SMTP reply code</source>
        <translation>无 SMTP 回复码</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>在 %1 阶段</translation>
    </message>
    <message>
        <source>Open this code in the Browse view</source>
        <translation>在“浏览代码”视图中打开此代码</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理方法：%1</translation>
    </message>
    <message>
        <source>Match: %1%</source>
        <translation>匹配度：%1%</translation>
    </message>
    <message>
        <source>Also possible: %1</source>
        <translation>也可能是：%1</translation>
    </message>
    <message>
        <source>Remote server: %1</source>
        <translation>远程服务器：%1</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>报告方：%1</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>上次尝试：%1</translation>
    </message>
    <message>
        <source>Retries until: %1</source>
        <translation>重试截止时间：%1</translation>
    </message>
    <message>
        <source>Copy Explanation</source>
        <translation>复制说明</translation>
    </message>
    <message>
        <source>Copy a few plain sentences about this recipient, to paste into a ticket or a chat</source>
        <translation>复制几句关于此收件人的浅白说明，可粘贴到工单或聊天中</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator of the verdict, address and code a screen reader reads for a card</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>服务商：%1</translation>
    </message>
</context>
<context>
    <name>BounceLens::SenderReportView</name>
    <message>
        <source>No recipient failed because of the sending side.</source>
        <translation>没有收件人因发送方的问题而递送失败。</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) to resend to once the sending is fixed: %1</source>
        <extracomment>%n: how many recipients, %1: the causes with their counts (&quot;DMARC 60, SPF 12&quot;)</extracomment>
        <translation>
            <numerusform>修正发送问题后需重发给 %n 位收件人：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>需要修正的问题</translation>
    </message>
    <message>
        <source>Copy Commands</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <source>Copy the DNS look-ups to run (dig), one a line: nothing is looked up here</source>
        <translation>复制需要运行的 DNS 查询命令（dig），每行一条：本程序不会进行任何查询</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Show or hide the report under its summary</source>
        <translation>在摘要下方显示或隐藏报告</translation>
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
        <translation>%1：“traditional_to_simplified”必须是对象</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;: every pair must map one Traditional Chinese character to a different Simplified one</source>
        <translation>%1：“%2”：每一对都必须将一个繁体字对应到另一个不同的简体字</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; maps to &quot;%3&quot;, which is mapped again</source>
        <translation>%1：“%2”对应到“%3”，而“%3”又被再次对应</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>Chinese variants file</source>
        <translation>繁简字对照文件</translation>
    </message>
</context>
<context>
    <name>CodeMeaning</name>
    <message>
        <source>2yz: positive completion - the server accepted the command.</source>
        <translation>2yz：肯定完成回复：服务器已接受该命令。</translation>
    </message>
    <message>
        <source>3yz: positive intermediate - the server waits for more (DATA, AUTH).</source>
        <translation>3yz：肯定中间回复：服务器正在等待更多信息（DATA、AUTH）。</translation>
    </message>
    <message>
        <source>4yz: transient negative completion - the command failed this time; the same command may succeed later.</source>
        <translation>4yz：临时性否定完成回复：命令此次失败，稍后再次发送同一命令可能会成功。</translation>
    </message>
    <message>
        <source>5yz: permanent negative completion - the command failed and will fail again unless something changes.</source>
        <translation>5yz：永久性否定完成回复：命令失败，除非情况有所改变，否则会再次失败。</translation>
    </message>
    <message>
        <source>x0z: syntax - the command or its arguments.</source>
        <translation>x0z：语法：与命令或其参数有关。</translation>
    </message>
    <message>
        <source>x1z: information - replies to requests for information.</source>
        <translation>x1z：信息：对信息请求的回复。</translation>
    </message>
    <message>
        <source>x2z: connections - the transmission channel.</source>
        <translation>x2z：连接：与传输通道有关。</translation>
    </message>
    <message>
        <source>x5z: mail system - the state of the receiving mail system.</source>
        <translation>x5z：邮件系统：接收方邮件系统的状态。</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中间状态</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>临时性失败</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>永久性失败</translation>
    </message>
    <message>
        <source>Temporary or permanent</source>
        <translation>临时性或永久性</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>the sender&apos;s mail admin</source>
        <translation>发件人的邮件管理员</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>the recipient&apos;s admin</source>
        <translation>收件人的管理员</translation>
    </message>
    <message>
        <source>Retrying later can succeed.</source>
        <translation>稍后重试可能会成功。</translation>
    </message>
    <message>
        <source>Retry only after fixing the cause.</source>
        <translation>请先解决问题再重试。</translation>
    </message>
    <message>
        <source>Retrying will not help.</source>
        <translation>重试不会有帮助。</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>连接</translation>
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
        <translation>AUTH（登录）</translation>
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
        <translation>DATA（邮件内容发送后）</translation>
    </message>
    <message>
        <source>Gmail, on Google&apos;s page</source>
        <translation>Gmail，见于 Google 页面</translation>
    </message>
    <message>
        <source>Gmail, no longer on Google&apos;s page</source>
        <translation>Gmail，已不在 Google 页面上</translation>
    </message>
    <message>
        <source>Generic meaning (RFC 3463)</source>
        <translation>通用含义（RFC 3463）</translation>
    </message>
    <message>
        <source>Generic meaning (RFC 5321)</source>
        <translation>通用含义（RFC 5321）</translation>
    </message>
    <message>
        <source>the sender&apos;s domain failed SPF, DKIM or DMARC checks</source>
        <translation>发件网域未通过 SPF、DKIM 或 DMARC 检查</translation>
    </message>
    <message>
        <source>the sending IP address or domain has a poor reputation</source>
        <translation>发送方 IP 地址或网域的信誉不佳</translation>
    </message>
    <message>
        <source>the sending IP address or host is blocked</source>
        <translation>发送方 IP 地址或主机已被屏蔽</translation>
    </message>
    <message>
        <source>the message&apos;s headers or format were rejected</source>
        <translation>邮件的标头或格式被拒绝</translation>
    </message>
    <message>
        <source>the message was delivered</source>
        <translation>邮件已递送</translation>
    </message>
    <message>
        <source>the message exceeds a limit of the receiving server</source>
        <translation>邮件超出了接收服务器的某项限制</translation>
    </message>
    <message>
        <source>delivery gave up after retrying for too long</source>
        <translation>重试时间过长，已放弃递送</translation>
    </message>
    <message>
        <source>the encrypted connection (STARTTLS) failed</source>
        <translation>加密连接（STARTTLS）失败</translation>
    </message>
    <message>
        <source>the recipient reported the message as spam</source>
        <translation>收件人将邮件举报为垃圾邮件</translation>
    </message>
    <message>
        <source>the recipient&apos;s filters rejected the message</source>
        <translation>收件人的过滤器拒绝了邮件</translation>
    </message>
    <message>
        <source>the recipient&apos;s address has moved</source>
        <translation>收件人的地址已变更</translation>
    </message>
    <message>
        <source>the recipient&apos;s domain does not exist</source>
        <translation>收件人的网域不存在</translation>
    </message>
    <message>
        <source>the recipient&apos;s mailbox is full</source>
        <translation>收件人的邮箱已满</translation>
    </message>
    <message>
        <source>a mail program on the receiving side failed</source>
        <translation>接收方的邮件程序出错</translation>
    </message>
    <message>
        <source>the message is too big</source>
        <translation>邮件过大</translation>
    </message>
    <message>
        <source>the receiving server could not be reached</source>
        <translation>无法连接到接收服务器</translation>
    </message>
    <message>
        <source>the server refused to relay the message</source>
        <translation>服务器拒绝中继此邮件</translation>
    </message>
    <message>
        <source>the receiving domain accepts no email</source>
        <translation>接收方网域不接受电子邮件</translation>
    </message>
    <message>
        <source>the message does not follow the email standards (RFC 5322)</source>
        <translation>邮件不符合电子邮件标准（RFC 5322）</translation>
    </message>
    <message>
        <source>the cause could not be decided</source>
        <translation>无法确定原因</translation>
    </message>
    <message>
        <source>a policy of the recipient&apos;s domain blocked the message</source>
        <translation>收件人网域的政策屏蔽了此邮件</translation>
    </message>
    <message>
        <source>the sender&apos;s address was rejected</source>
        <translation>发件人地址被拒绝</translation>
    </message>
    <message>
        <source>the sending IP address has no valid PTR (reverse DNS) record</source>
        <translation>发送方 IP 地址没有有效的 PTR（反向 DNS）记录</translation>
    </message>
    <message>
        <source>a security check failed (login, credentials or relay)</source>
        <translation>安全检查未通过（登录、凭据或中继）</translation>
    </message>
    <message>
        <source>the message looks like spam</source>
        <translation>邮件看起来像垃圾邮件</translation>
    </message>
    <message>
        <source>the receiving server is rate-limiting the sender</source>
        <translation>接收服务器正在限制发件人的发送速率</translation>
    </message>
    <message>
        <source>the address is on a suppression list</source>
        <translation>该地址在禁止发送名单中</translation>
    </message>
    <message>
        <source>the recipient&apos;s account is disabled or inactive</source>
        <translation>收件人的帐号已停用或处于不活跃状态</translation>
    </message>
    <message>
        <source>the SMTP commands were malformed or out of order</source>
        <translation>SMTP 命令格式错误或顺序错误</translation>
    </message>
    <message>
        <source>the receiving server had a system error</source>
        <translation>接收服务器出现系统错误</translation>
    </message>
    <message>
        <source>the receiving server is out of storage</source>
        <translation>接收服务器的存储空间不足</translation>
    </message>
    <message>
        <source>too many connections or recipients at once</source>
        <translation>同时建立的连接或收件人过多</translation>
    </message>
    <message>
        <source>the cause is not known</source>
        <translation>原因未知</translation>
    </message>
    <message>
        <source>the address does not exist</source>
        <translation>该地址不存在</translation>
    </message>
    <message>
        <source>the recipient is away (an automatic reply)</source>
        <translation>收件人不在（自动回复）</translation>
    </message>
    <message>
        <source>a virus was detected in the message</source>
        <translation>在邮件中检测到病毒</translation>
    </message>
    <message>
        <source>x3z: not assigned by RFC 5321; used for the AUTH replies of RFC 4954.</source>
        <translation>x3z：RFC 5321 未定义；用于 RFC 4954 的 AUTH（身份验证）回复。</translation>
    </message>
    <message>
        <source>Gmail, not listed on Google&apos;s page</source>
        <translation>Gmail，未列在 Google 页面上</translation>
    </message>
    <message>
        <source>%1 reply</source>
        <translation>%1 回复</translation>
    </message>
</context>
<context>
    <name>CodeTable</name>
    <message>
        <source>expected an object of texts by language</source>
        <translation>应为按语言区分的文本对象</translation>
    </message>
    <message>
        <source>the text for language &quot;%1&quot; is not a string</source>
        <translation>语言 &quot;%1&quot; 的文本不是字符串</translation>
    </message>
    <message>
        <source>the English text (&quot;en&quot;) is missing or empty</source>
        <translation>英文文本（&quot;en&quot;）缺失或为空</translation>
    </message>
    <message>
        <source>The code table is missing from this build (no :/codes/*.json).</source>
        <translation>此版本中缺少代码表（没有 :/codes/*.json）。</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>%1: note &quot;%2&quot;: %3</source>
        <translation>%1：备注 &quot;%2&quot;：%3</translation>
    </message>
    <message>
        <source>%1: &quot;entries&quot; must be an array</source>
        <translation>%1：&quot;entries&quot; 必须是数组</translation>
    </message>
    <message>
        <source>%1: entry %2</source>
        <translation>%1：第 %2 个条目</translation>
    </message>
    <message>
        <source>%1: entry %2 (&quot;%3&quot;)</source>
        <translation>%1：第 %2 个条目（&quot;%3&quot;）</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1：不是对象</translation>
    </message>
    <message>
        <source>%1: field &quot;id&quot;: &quot;%2&quot; is used by another entry too</source>
        <translation>%1：字段 &quot;id&quot;：&quot;%2&quot; 也被另一个条目使用</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1：字段 &quot;%2&quot;：%3</translation>
    </message>
    <message>
        <source>missing, or not made of a-z, 0-9, &apos;.&apos; and &apos;-&apos;</source>
        <translation>缺失，或包含 a-z, 0-9, &apos;.&apos; 和 &apos;-&apos; 以外的字符</translation>
    </message>
    <message>
        <source>must be a whole number from 200 to 599</source>
        <translation>必须是 200 到 599 之间的整数</translation>
    </message>
    <message>
        <source>missing (a number like 550)</source>
        <translation>缺失（应为数字，例如 550）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code like 5.1.1</source>
        <translation>&quot;%1&quot; 不是类似 5.1.1 的增强状态码</translation>
    </message>
    <message>
        <source>missing (an enhanced status code like 5.1.1)</source>
        <translation>缺失（应为增强状态码，例如 5.1.1）</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation>必须为 true, false 或 null</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be an https:// address</source>
        <translation>必须是 https:// 地址</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>必须是字符串数组</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an enhanced status code</source>
        <translation>&quot;%1&quot; 不是增强状态码</translation>
    </message>
    <message>
        <source>must be an array of numbers</source>
        <translation>必须是数字数组</translation>
    </message>
    <message>
        <source>must be an array of numbers from 200 to 599</source>
        <translation>必须是由 200 到 599 之间的数字组成的数组</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>every variant needs a non-empty &quot;text&quot;</source>
        <translation>每个变体都必须有非空的 &quot;text&quot;</translation>
    </message>
    <message>
        <source>The code table has no entries.</source>
        <translation>代码表中没有任何条目。</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: field &quot;replaced_by&quot;: no other entry has the id &quot;%2&quot;</source>
        <translation>条目 &quot;%1&quot;：字段 &quot;replaced_by&quot;：没有其他条目的 ID 为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;note&quot;: %1</source>
        <translation>“note”：%1</translation>
    </message>
    <message>
        <source>code file</source>
        <translation>代码文件</translation>
    </message>
    <message>
        <source>only seed entries (&quot;seed&quot;: true) carry the 2018 wording</source>
        <translation>只有原始中文列表的条目（&quot;seed&quot;: true）带有 2018 年的原文</translation>
    </message>
    <message>
        <source>must be suppress, retry, fix-sending or review</source>
        <translation>必须是 suppress、retry、fix-sending 或 review</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>missing, or not a date like 2026-06-15</source>
        <translation>缺失，或不是 2026-06-15 这样的日期</translation>
    </message>
    <message>
        <source>%1: provider &quot;%2&quot;</source>
        <translation>%1：服务商“%2”</translation>
    </message>
    <message>
        <source>%1: field &quot;key&quot;: missing, or not a lower-case word that names no other source</source>
        <translation>%1：字段“key”：缺失，或不是一个不与其他来源重名的小写单词</translation>
    </message>
    <message>
        <source>%1: declared by another file too</source>
        <translation>%1：另一个文件也声明了它</translation>
    </message>
    <message>
        <source>%1: field &quot;name&quot;: %2</source>
        <translation>%1：字段“name”：%2</translation>
    </message>
    <message>
        <source>%1: field &quot;description&quot;: %2</source>
        <translation>%1：字段“description”：%2</translation>
    </message>
    <message>
        <source>%1: &quot;hosts&quot; and &quot;links&quot; must be arrays of strings</source>
        <translation>%1：“hosts”和“links”必须是字符串数组</translation>
    </message>
    <message>
        <source>%1: field &quot;source&quot;: &quot;%2&quot; is neither &quot;gmail&quot;, &quot;rfc3463&quot;, &quot;rfc5321&quot; nor a provider this file declares</source>
        <translation>%1：字段“source”：“%2”既不是“gmail”、“rfc3463”、“rfc5321”，也不是此文件声明的服务商</translation>
    </message>
    <message>
        <source>%1: field &quot;id&quot;: must start with &quot;%2-&quot;</source>
        <translation>%1：字段“id”：必须以“%2-”开头</translation>
    </message>
    <message>
        <source>must be &quot;gmail&quot;, &quot;rfc3463&quot;, &quot;rfc5321&quot; or a provider key</source>
        <translation>必须是“gmail”、“rfc3463”、“rfc5321”或服务商的键名</translation>
    </message>
    <message>
        <source>missing (every provider&apos;s entry carries advice)</source>
        <translation>缺失（每个服务商条目都带有建议）</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>bouncelens: unknown language &quot;%1&quot; (use %2)</source>
        <translation>bouncelens：未知语言 &quot;%1&quot;（请使用 %2）</translation>
    </message>
    <message>
        <source>bouncelens: the code table is broken: %1</source>
        <translation>bouncelens：代码表已损坏：%1</translation>
    </message>
    <message>
        <source>bouncelens: unknown command &quot;%1&quot;</source>
        <translation>bouncelens：未知命令 &quot;%1&quot;</translation>
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

不带命令时，BounceLens 会打开程序窗口（并在“解析退信”视图中打开 FILE）。

命令：
  lookup   查找 Gmail SMTP 回复和通用代码含义。QUERY 与搜索框接受的内容
           相同：550, 5.7.1, 5.7, &quot;550 5.7.1&quot;, 4xx 或关键词。
  decode   读取退信（.eml、文本、mbox、目录，- 表示标准输入），
           并逐个收件人说明失败情况及原因。

选项：
  -h, --help      显示此帮助（命令的帮助请用 &quot;bouncelens COMMAND --help&quot;）。
  -v, --version   显示版本。

退出码：
  0   成功
  1   lookup：没有与查询匹配的条目
  64  用法错误（未知的命令或选项、无效的值）
  65  decode：某个输入中没有可解析的内容（空白、二进制、过大、没有邮件）
  66  decode：某个输入无法读取（不存在、不是普通文件、没有权限）
  70  程序构建损坏（无法加载代码表或窗口模块）
  74  无法写入输出
</translation>
    </message>
</context>
<context>
    <name>ConsoleOutput</name>
    <message>
        <source>write error</source>
        <translation>写入错误</translation>
    </message>
    <message>
        <source>bouncelens: the output could not be written: %1</source>
        <translation>bouncelens：无法写入输出：%1</translation>
    </message>
</context>
<context>
    <name>DataFile</name>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1：第 %2 字节处不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>%1: not a BounceLens %2 (&quot;format&quot; must be &quot;%3&quot;)</source>
        <extracomment>%2 is the kind of file: &quot;code file&quot;, &quot;synonyms file&quot;...</extracomment>
        <translation>%1：不是 BounceLens %2（“format”必须为“%3”）</translation>
    </message>
    <message>
        <source>%1: unsupported version %2 (this build reads version %3)</source>
        <translation>%1：不支持的版本 %2（此版本程序只能读取版本 %3）</translation>
    </message>
</context>
<context>
    <name>DecodeCommand</name>
    <message>
        <source>Read bounce messages and say per recipient what failed and why.</source>
        <translation>读取退信，并逐个收件人说明失败情况及原因。</translation>
    </message>
    <message>
        <source>Print JSON Lines: one object per message.</source>
        <translation>输出 JSON Lines：每封邮件一个对象。</translation>
    </message>
    <message>
        <source>Language of the output: en, zh_CN or zh_TW.</source>
        <translation>输出语言：en, zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Files (.eml, text, mbox), directories (searched recursively) or - for standard input.</source>
        <translation>文件（.eml、文本、mbox）、目录（递归搜索），或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>[FILE|DIR|-]...</source>
        <translation>[FILE|DIR|-]...</translation>
    </message>
    <message>
        <source>bouncelens decode: no input given (name files or directories, or - for standard input)</source>
        <translation>bouncelens decode: 未指定输入（请指定文件或目录，或用 - 表示标准输入）</translation>
    </message>
    <message>
        <source>Decode on N threads (default: one per processor core, here %1).</source>
        <translation>使用 N 个线程解码（默认：每个处理器核心一个，本机为 %1）。</translation>
    </message>
    <message>
        <source>bouncelens decode: --jobs takes a number from 1 to %1</source>
        <translation>bouncelens decode：--jobs 需要 1 到 %1 之间的数字</translation>
    </message>
    <message>
        <source>Output format: text (default), jsonl (as --json) or csv (one row per recipient, after a UTF-8 byte-order mark).</source>
        <translation>输出格式：text（默认）、jsonl（同 --json）或 csv（每个收件人一行，以 UTF-8 字节顺序标记开头）。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>bouncelens decode: --format takes text, jsonl or csv (--json is jsonl)</source>
        <translation>bouncelens decode：--format 的取值为 text、jsonl 或 csv（--json 即 jsonl）</translation>
    </message>
    <message numerus="yes">
        <source>bouncelens decode: %n failed recipient(s) left out of the suppression list: not a mailbox address</source>
        <translation>
            <numerusform>bouncelens decode：有 %n 位递送失败的收件人未列入禁止发送名单：不是邮箱地址</numerusform>
        </translation>
    </message>
    <message>
        <source>bouncelens decode: --suppression-list (with --suppression-retry-days, --format csv) and --sender-report (with --json) go alone</source>
        <translation>bouncelens decode：--suppression-list（可搭配 --suppression-retry-days、--format csv）与 --sender-report（可搭配 --json）只能单独使用</translation>
    </message>
    <message>
        <source>bouncelens decode: --suppression-retry-days takes a number of days from 0 to 3650</source>
        <translation>bouncelens decode：--suppression-retry-days 的值必须是 0 到 3650 之间的天数</translation>
    </message>
    <message>
        <source>With --suppression-list: also list the addresses whose temporary failures (retry) kept coming for at least N days. Off by default.</source>
        <translation>与 --suppression-list 一起使用：同时列出暂时性失败（retry）持续至少 N 天的地址。默认关闭。</translation>
    </message>
    <message>
        <source>Print what to fix on the sending side: the recipients that failed because of the sender (DMARC, SPF, DKIM, PTR, reputation, ...), grouped by cause and by the sending domains and IP found in the bounces, with the DNS records to check. With --json, one JSON object.</source>
        <translation>输出发送方需要修正的问题：因发件人的问题（DMARC、SPF、DKIM、PTR、信誉等）而递送失败的收件人，按起因以及退信中找到的发送网域和 IP 分组，并列出需要检查的 DNS 记录。加 --json 时输出一个 JSON 对象。</translation>
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
退出码：
  0   所有输入均已读取并解析
  64  用法错误（未知选项、无效的值）
  65  某个输入中没有可解析的内容（空白、二进制、没有邮件、过大）
  66  某个输入无法读取（不存在、不是普通文件、没有权限）
  74  无法写入输出
</translation>
    </message>
    <message>
        <source>Print only the addresses to stop mailing (every bounce of theirs says the mailbox or domain is gone), one a line.</source>
        <translation>只输出应停止发送的地址（其每封退信都表明邮箱或网域已不存在），每行一个。</translation>
    </message>
</context>
<context>
    <name>DecodeJob</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 holds only blank lines.</source>
        <translation>%1 只包含空行。</translation>
    </message>
    <message>
        <source>%1 is not a mail message or text: it is %2 (%3).</source>
        <extracomment>%1: file name, %2: kind of file (&quot;PNG image&quot;), %3: its size</extracomment>
        <translation>%1 不是邮件或文本，而是%2（%3）。</translation>
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
        <translation>失败</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>已延迟</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已递送</translation>
    </message>
    <message>
        <source>relayed</source>
        <translation>已中继</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>已展开</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Bounce from: %1</source>
        <translation>退信来自：%1</translation>
    </message>
    <message>
        <source>Original message: &quot;%1&quot;, sent %2</source>
        <translation>原始邮件：“%1”，发送于 %2</translation>
    </message>
    <message>
        <source>(date unknown)</source>
        <translation>（日期未知）</translation>
    </message>
    <message>
        <source>Language of the bounce: %1</source>
        <translation>退信语言：%1</translation>
    </message>
    <message>
        <source>(recipient not named)</source>
        <translation>（未注明收件人）</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>临时性</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>永久性</translation>
    </message>
    <message>
        <source>Recipient: %1 - %2</source>
        <translation>收件人：%1，%2</translation>
    </message>
    <message>
        <source>Recipient: %1 - %2, %3</source>
        <translation>收件人：%1，%2（%3）</translation>
    </message>
    <message>
        <source>No SMTP reply code was found.</source>
        <translation>未找到 SMTP 回复码。</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>回复码：%1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>Remote server: %1</source>
        <translation>远程服务器：%1</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>服务器回复：%1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理方法：%1</translation>
    </message>
    <message>
        <source>No SMTP reply code was found. Recognised:</source>
        <translation>未找到 SMTP 回复码。已识别的内容：</translation>
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
        <translation>韩文</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between the names of languages in a list</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Meaning (%1, %3% sure): %2</source>
        <extracomment>%1: the matched entry&apos;s codes, %2 its text, %3 how sure the match is</extracomment>
        <translation>含义（%1，匹配度 %3%）：%2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Implied status: %1 (from the words; the server sent no enhanced code)</source>
        <translation>推断状态码：%1（根据文字推断；服务器未发送增强状态码）</translation>
    </message>
    <message>
        <source>Local mail server&apos;s summary: %1</source>
        <translation>本地邮件服务器的摘要：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>未读取：%1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>服务商：%1</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No such file or directory.</source>
        <translation>文件或目录不存在。</translation>
    </message>
    <message>
        <source>This is not a regular file (a pipe, socket or device): only files and - (standard input) are read.</source>
        <translation>这不是普通文件（而是管道、套接字或设备）：只读取文件和 -（标准输入）。</translation>
    </message>
    <message>
        <source>This symbolic link points to nothing.</source>
        <translation>此符号链接指向的目标不存在。</translation>
    </message>
    <message>
        <source>This folder is nested too deeply: folders below %1 levels are not read.</source>
        <translation>此文件夹嵌套过深：不读取超过 %1 层的文件夹。</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>The input is too big: inputs above %1 MB are not read.</source>
        <translation>输入内容过大：不读取超过 %1 MB 的输入。</translation>
    </message>
    <message>
        <source>No messages were found in this folder.</source>
        <translation>此文件夹中没有找到邮件。</translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation>输入内容为空。</translation>
    </message>
    <message>
        <source>The input is binary data, not a mail message or text.</source>
        <translation>输入内容是二进制数据，不是邮件或文本。</translation>
    </message>
    <message>
        <source>The message could not be decoded: %1</source>
        <translation>无法解析此邮件：%1</translation>
    </message>
    <message>
        <source>damaged or unknown content</source>
        <translation>内容已损坏或无法识别</translation>
    </message>
    <message>
        <source>Decoding was cancelled.</source>
        <translation>解析已取消。</translation>
    </message>
    <message>
        <source>The decoder&apos;s patterns could not be loaded: %1</source>
        <translation>无法加载解析器的匹配模式：%1</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>The message to %1 was delivered.</source>
        <translation>发往 %1 的邮件已送达。</translation>
    </message>
    <message>
        <source>The message was delivered.</source>
        <translation>邮件已送达。</translation>
    </message>
    <message>
        <source>The message to %1 has not been delivered yet: the receiving server turned it away for now.</source>
        <translation>发往 %1 的邮件尚未送达：收件服务器暂时拒收。</translation>
    </message>
    <message>
        <source>The message has not been delivered yet: the receiving server turned it away for now.</source>
        <translation>邮件尚未送达：收件服务器暂时拒收。</translation>
    </message>
    <message>
        <source>The message to %1 was not delivered: the receiving server refused it.</source>
        <translation>发往 %1 的邮件未能送达：收件服务器拒收了该邮件。</translation>
    </message>
    <message>
        <source>The message was not delivered: the receiving server refused it.</source>
        <translation>邮件未能送达：收件服务器拒收了该邮件。</translation>
    </message>
    <message>
        <source>The message to %1 was not delivered.</source>
        <translation>发往 %1 的邮件未能送达。</translation>
    </message>
    <message>
        <source>The message was not delivered.</source>
        <translation>邮件未能送达。</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Why: the server answered %1, which means: %2</source>
        <translation>原因：服务器回复了 %1，意思是：%2</translation>
    </message>
    <message>
        <source>Why: the server answered &quot;%1&quot;.</source>
        <translation>原因：服务器回复“%1”。</translation>
    </message>
    <message>
        <source>Why: the server answered %1.</source>
        <translation>原因：服务器回复了 %1。</translation>
    </message>
    <message>
        <source>In short: %1.</source>
        <translation>简而言之：%1。</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理方法：%1</translation>
    </message>
    <message>
        <source>Retry: yes. The sending server usually keeps trying by itself for a while; if it gives up, send the message again later.</source>
        <translation>能否重试：可以。发件服务器通常会自动重试一段时间；如果它放弃了，请稍后重新发送。</translation>
    </message>
    <message>
        <source>Retry: yes. The sending server keeps trying until %1; if it gives up, send the message again later.</source>
        <translation>能否重试：可以。发件服务器会一直重试到 %1；如果它放弃了，请稍后重新发送。</translation>
    </message>
    <message>
        <source>Retry: sending the same message again will fail in the same way until the cause is fixed.</source>
        <translation>能否重试：在解决问题之前，再次发送同一封邮件仍会以同样的方式失败。</translation>
    </message>
    <message>
        <source>%1 (by its code alone: the server is not known to be %1&apos;s, and other servers reuse some codes)</source>
        <extracomment>%1: a mail provider&apos;s name; its code was found in a reply from a server not known to be its</extracomment>
        <translation>%1（仅凭其代码判断：无法确认该服务器属于 %1，而其他服务器也会沿用部分代码）</translation>
    </message>
</context>
<context>
    <name>LookupCommand</name>
    <message>
        <source>What to do: %1</source>
        <translation>处理方法：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Servers also send: %1</source>
        <translation>服务器也会发送：%1</translation>
    </message>
    <message>
        <source>Now sent as: %1</source>
        <translation>当前的回复形式：%1</translation>
    </message>
    <message>
        <source>Formerly: %1</source>
        <translation>以前的回复形式：%1</translation>
    </message>
    <message>
        <source>Help: %1</source>
        <translation>帮助：%1</translation>
    </message>
    <message>
        <source>Find Gmail SMTP replies and generic code meanings.</source>
        <translation>查找 Gmail SMTP 回复和通用代码含义。</translation>
    </message>
    <message>
        <source>Print a JSON array of entries.</source>
        <translation>以 JSON 数组输出条目。</translation>
    </message>
    <message>
        <source>Language of the output: en, zh_CN or zh_TW.</source>
        <translation>输出语言：en, zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>550, 5.7.1, 5.7, &quot;550 5.7.1&quot;, 4xx, 5xx or words. No query lists every entry.</source>
        <translation>550, 5.7.1, 5.7, &quot;550 5.7.1&quot;, 4xx, 5xx 或关键词。不指定查询则列出所有条目。</translation>
    </message>
    <message>
        <source>[QUERY...]</source>
        <translation>[QUERY...]</translation>
    </message>
    <message>
        <source>Codes found: %1</source>
        <translation>找到的代码数：%1</translation>
    </message>
    <message>
        <source>bouncelens lookup: the search data is broken: %1</source>
        <translation>bouncelens lookup：搜索数据已损坏：%1</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;. Try a code (550, 5.7.1, 5.7), fewer words, or other words for the cause (mailbox full, password, spam).</source>
        <translation>没有与“%1”匹配的内容。请尝试输入代码（550、5.7.1、5.7）、减少字词，或换一种说法描述原因（邮箱已满、密码、垃圾邮件）。</translation>
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
        <translation>此邮件中没有找到递送失败的收件人</translation>
    </message>
</context>
<context>
    <name>MailboxFacts</name>
    <message>
        <source>Permanent</source>
        <extracomment>Outcome of a recipient: the failure is permanent (do not retry)</extracomment>
        <translation>永久性失败</translation>
    </message>
    <message>
        <source>Temporary</source>
        <extracomment>Outcome of a recipient: the failure is temporary (retried later)</extracomment>
        <translation>临时性失败</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已递送</translation>
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
        <translation>标准输入已关闭</translation>
    </message>
</context>
<context>
    <name>NoteText</name>
    <message>
        <source>Heading: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <source>The text says the delivery is delayed</source>
        <translation>正文表明递送已延迟</translation>
    </message>
    <message>
        <source>SMTP replies quoted in the text: %1</source>
        <translation>正文中引用的 SMTP 回复：%1 条</translation>
    </message>
    <message>
        <source>No failed recipient was found</source>
        <translation>未找到递送失败的收件人</translation>
    </message>
    <message>
        <source>No SMTP reply code was found</source>
        <translation>未找到 SMTP 回复码</translation>
    </message>
    <message>
        <source>A copy of the original message follows the notice</source>
        <translation>通知后附有原始邮件的副本</translation>
    </message>
    <message>
        <source>NUL bytes in the message were removed</source>
        <translation>已删除邮件中的 NUL 字节</translation>
    </message>
    <message>
        <source>The MIME boundary was not found; read as text</source>
        <translation>未找到 MIME 边界；已按文本读取</translation>
    </message>
    <message>
        <source>The original message is included</source>
        <translation>包含原始邮件</translation>
    </message>
    <message>
        <source>A delivery status report (RFC 3464) is included</source>
        <translation>包含递送状态报告（RFC 3464）</translation>
    </message>
    <message>
        <source>The original message&apos;s headers are included</source>
        <translation>包含原始邮件的标头</translation>
    </message>
    <message>
        <source>Unknown charset &quot;%1&quot;: the text could not be read</source>
        <translation>未知字符集“%1”：无法读取文本</translation>
    </message>
    <message>
        <source>A text part could not be decoded (damaged %1 data)</source>
        <translation>有一个文本部分无法解码（%1 数据已损坏）</translation>
    </message>
    <message>
        <source>Unknown charset &quot;%1&quot;; the text was read as ASCII</source>
        <translation>未知字符集“%1”；已按 ASCII 读取文本</translation>
    </message>
    <message>
        <source>The declared charset &quot;%1&quot; was wrong or unknown; read as %2</source>
        <translation>声明的字符集 &quot;%1&quot; 有误或无法识别；已按 %2 读取</translation>
    </message>
    <message>
        <source>An HTML part was read as text</source>
        <translation>已将 HTML 部分按文本读取</translation>
    </message>
    <message>
        <source>The body of the original message was not read</source>
        <translation>未读取原始邮件的正文</translation>
    </message>
    <message>
        <source>Read as text without mail headers</source>
        <translation>已按不含邮件标头的文本读取</translation>
    </message>
    <message>
        <source>The message structure could not be parsed; read as text</source>
        <translation>无法解析邮件结构；已按文本读取</translation>
    </message>
    <message>
        <source>A text part of %1 MB was read up to its first %2 MB; %3 MB were left out</source>
        <translation>一个 %1 MB 的文本部分只读取了前 %2 MB；另有 %3 MB 未读取</translation>
    </message>
    <message>
        <source>MIME parts nested more than %1 deep were skipped: %2</source>
        <translation>已跳过嵌套超过 %1 层的 MIME 部分：%2 个</translation>
    </message>
    <message>
        <source>Only the first %1 MIME parts were read; %2 more were left out</source>
        <translation>仅读取了前 %1 个 MIME 部分；另有 %2 个未读取</translation>
    </message>
    <message>
        <source>More than %1 MIME boundary lines: the message was cut there, %2 KB after it were left out</source>
        <translation>MIME 分隔行超过 %1 行：邮件从该处截断，其后的 %2 KB 未读取</translation>
    </message>
    <message>
        <source>Header lines over the limit (%1 KB a block, %2 KB in all) were left out: %3 KB in %4 header blocks</source>
        <translation>超出限制（每个标头块 %1 KB，总计 %2 KB）的标头行未读取：共 %3 KB，涉及 %4 个标头块</translation>
    </message>
    <message>
        <source>HTML nested too deeply: the text inside it was not read</source>
        <translation>HTML 嵌套过深：其中的文字未读取</translation>
    </message>
    <message>
        <source>Only the first %1 recipients were read; %2 more were left out</source>
        <translation>只读取了前 %1 个收件人；另有 %2 个未读取</translation>
    </message>
    <message>
        <source>X-Failed-Recipients names more than %1 addresses; %2 more were left out</source>
        <translation>X-Failed-Recipients 列出的地址超过 %1 个；另有 %2 个未读取</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) not an address, kept as written and left out of suppression lists: %1</source>
        <translation>
            <numerusform>%n 个收件人不是有效地址，已按原样保留，且不会列入禁止发送名单：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadableText</name>
    <message>
        <source>Delivery status</source>
        <extracomment>Heading in the Readable view before the message/delivery-status fields</extracomment>
        <translation>递送状态</translation>
    </message>
    <message>
        <source>Headers of the original message</source>
        <extracomment>Heading in the Readable view before the returned message&apos;s headers</extracomment>
        <translation>原始邮件的标头</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>No space left on the device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <source>The disk quota is exceeded</source>
        <translation>已超出磁盘配额</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>The file system is read-only</source>
        <translation>文件系统为只读</translation>
    </message>
    <message>
        <source>The folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>This is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <source>The name is too long</source>
        <translation>名称过长</translation>
    </message>
    <message>
        <source>This is not a regular file (a folder, pipe or device): it is not replaced</source>
        <translation>这不是普通文件（而是文件夹、管道或设备）：不会替换它</translation>
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
        <translation>%1 的 SPF 记录（含 v=spf1 的那一行）</translation>
    </message>
    <message>
        <source>DKIM key of selector %1 at %2</source>
        <translation>%2 的选择器 %1 的 DKIM 密钥</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR) of %1</source>
        <translation>%1 的反向 DNS（PTR）</translation>
    </message>
    <message>
        <source>Address of the HELO name %1 (should give %2)</source>
        <translation>HELO 名称 %1 的地址（应为 %2）</translation>
    </message>
    <message>
        <source>From domain: %1</source>
        <translation>From 网域：%1</translation>
    </message>
    <message>
        <source>Return-Path domain: %1</source>
        <translation>Return-Path 网域：%1</translation>
    </message>
    <message>
        <source>DKIM signature: d=%1 s=%2</source>
        <translation>DKIM 签名：d=%1 s=%2</translation>
    </message>
    <message>
        <source>Sending IP: %1</source>
        <translation>发送 IP：%1</translation>
    </message>
    <message>
        <source>Sending IP: %1 (HELO %2)</source>
        <translation>发送 IP：%1（HELO %2）</translation>
    </message>
    <message>
        <source>Authentication results: SPF %1, DKIM %2, DMARC %3</source>
        <translation>身份验证结果：SPF %1，DKIM %2，DMARC %3</translation>
    </message>
    <message>
        <source>Not aligned: DKIM d=%1 is not the From domain %2 (DMARC needs one of SPF or DKIM aligned)</source>
        <translation>未对齐：DKIM d=%1 不是 From 网域 %2（DMARC 要求 SPF 或 DKIM 至少有一项对齐）</translation>
    </message>
    <message>
        <source>Not aligned: the Return-Path domain %1 is not the From domain %2</source>
        <translation>未对齐：Return-Path 网域 %1 不是 From 网域 %2</translation>
    </message>
    <message>
        <source>The bounces do not show the sending identity (no copy of the original&apos;s headers): check the records of your From domain.</source>
        <translation>退信中看不出发送身份（未附原始邮件的标头）：请检查您的 From 网域的记录。</translation>
    </message>
    <message numerus="yes">
        <source>Reply %1 (%2): %n recipient(s)</source>
        <extracomment>%1: entry&apos;s codes, %2: entry id</extracomment>
        <translation>
            <numerusform>回复 %1（%2）：%n 位收件人</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理方法：%1</translation>
    </message>
    <message>
        <source>Check these records:</source>
        <translation>请检查以下记录：</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>需要修正的问题</translation>
    </message>
    <message>
        <source>No recipient failed because of the sending side.</source>
        <translation>没有收件人因发送方的问题而递送失败。</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) could not be reached because of the sending side: fix the causes below, then resend to them.</source>
        <translation>
            <numerusform>有 %n 位收件人因发送方的问题而无法送达：请修正以下起因，然后重新发送给他们。</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>By cause: %1</source>
        <translation>按起因：%1</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between the items of a list</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>By provider: %1</source>
        <translation>按服务商：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2: %n recipient(s)</source>
        <extracomment>%1: group number, %2: the cause (&quot;DMARC&quot;)</extracomment>
        <translation>
            <numerusform>%1. %2：%n 位收件人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Synonyms</name>
    <message>
        <source>%1: &quot;concepts&quot; must be an array</source>
        <translation>%1：“concepts”必须是数组</translation>
    </message>
    <message>
        <source>%1: concept %2</source>
        <translation>%1：第 %2 个概念</translation>
    </message>
    <message>
        <source>%1: concept %2 (&quot;%3&quot;)</source>
        <translation>%1：第 %2 个概念（“%3”）</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1：字段“%2”：%3</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1：不是对象</translation>
    </message>
    <message>
        <source>missing, or not made of a-z, 0-9 and &apos;-&apos;</source>
        <translation>缺失，或不是由 a-z、0-9 和“-”组成</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another concept too</source>
        <translation>“%1”也被另一个概念使用</translation>
    </message>
    <message>
        <source>expected an object of phrase lists by language</source>
        <translation>应为按语言列出短语的对象</translation>
    </message>
    <message>
        <source>expected a non-empty array of non-empty strings</source>
        <translation>应为由非空字符串组成的非空数组</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;</source>
        <translation>未知语言“%1”</translation>
    </message>
    <message>
        <source>must be an array of non-empty strings</source>
        <translation>必须是由非空字符串组成的数组</translation>
    </message>
    <message>
        <source>a concept needs &quot;reasons&quot;, &quot;codes&quot; or &quot;ids&quot;</source>
        <translation>概念需要“reasons”“codes”或“ids”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code like 550, 5.1.1 or &quot;550 5.1.1&quot;</source>
        <translation>“%1”不是 550、5.1.1 或“550 5.1.1”这样的代码</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>synonyms.json: concept &quot;%1&quot;: field &quot;reasons&quot;: no entry has the reason &quot;%2&quot;</source>
        <translation>synonyms.json：概念“%1”：字段“reasons”：没有条目的原因是“%2”</translation>
    </message>
    <message>
        <source>synonyms.json: concept &quot;%1&quot;: field &quot;codes&quot;: no entry has the code &quot;%2&quot;</source>
        <translation>synonyms.json：概念“%1”：字段“codes”：没有条目的代码是“%2”</translation>
    </message>
    <message>
        <source>synonyms.json: concept &quot;%1&quot;: field &quot;ids&quot;: no entry has the id &quot;%2&quot;</source>
        <translation>synonyms.json：概念“%1”：字段“ids”：没有 ID 为“%2”的条目</translation>
    </message>
    <message>
        <source>synonyms file</source>
        <translation>同义词文件</translation>
    </message>
    <message>
        <source>%1: &quot;particles&quot; must be an array of single Chinese characters</source>
        <translation>%1：“particles”必须是由单个汉字组成的数组</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a gap (*) needs words on both sides</source>
        <translation>“%1”：间隔符（*）两边都必须有文字</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Delivered</source>
        <translation>已递送</translation>
    </message>
    <message>
        <source>Temporary failure - retry later</source>
        <translation>临时性失败，请稍后重试</translation>
    </message>
    <message>
        <source>Temporary: %1 - retry later</source>
        <translation>临时性失败：%1，请稍后重试</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>永久性失败</translation>
    </message>
    <message>
        <source>Permanent failure: %1</source>
        <translation>永久性失败：%1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Stop mailing this address</source>
        <translation>停止向此地址发送邮件</translation>
    </message>
    <message>
        <source>Your server will retry</source>
        <translation>您的服务器会重试</translation>
    </message>
    <message>
        <source>Fix your sending first, then resend</source>
        <translation>请先修正发送问题，然后重新发送</translation>
    </message>
    <message>
        <source>Check by hand</source>
        <extracomment>Address action in the mailbox table: check by hand</extracomment>
        <translation>请人工检查</translation>
    </message>
    <message>
        <source>Stop mailing</source>
        <extracomment>Address action in the mailbox table: suppress the address</extracomment>
        <translation>停止发送</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>Address action in the mailbox table: the server retries</extracomment>
        <translation>重试</translation>
    </message>
    <message>
        <source>Fix sending</source>
        <extracomment>Address action in the mailbox table: the sender must fix something first</extracomment>
        <translation>修正发送</translation>
    </message>
    <message>
        <source>the bounce does not say why the delivery failed</source>
        <translation>退信没有说明递送失败的原因</translation>
    </message>
    <message>
        <source>the bounce does not say whether the failure is permanent</source>
        <translation>退信没有说明失败是否为永久性</translation>
    </message>
    <message>
        <source>the cause can lie with the recipient or with the sender</source>
        <translation>原因可能在收件人一方，也可能在发件人一方</translation>
    </message>
    <message>
        <source>this is a report or an automatic reply, not a failed delivery</source>
        <translation>这是报告或自动回复，不是递送失败</translation>
    </message>
    <message>
        <source>the reply code and the enhanced status code disagree</source>
        <translation>回复码与增强状态码互相矛盾</translation>
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
        <translation>身份验证（SPF 和 DKIM）</translation>
    </message>
    <message>
        <source>reverse DNS (PTR) of the sending IP</source>
        <translation>发送 IP 的反向 DNS（PTR）</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>HELO 名称</translation>
    </message>
    <message>
        <source>IP or domain reputation</source>
        <translation>IP 或网域信誉</translation>
    </message>
    <message>
        <source>message content</source>
        <translation>邮件内容</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>sending account or relay settings</source>
        <translation>发送帐号或中继设置</translation>
    </message>
    <message>
        <source>message size</source>
        <translation>邮件大小</translation>
    </message>
    <message>
        <source>sending limits</source>
        <translation>发送限额</translation>
    </message>
    <message>
        <source>message format</source>
        <translation>邮件格式</translation>
    </message>
    <message>
        <source>the receiver&apos;s policy</source>
        <translation>收件方的政策</translation>
    </message>
    <message>
        <source>the sending setup</source>
        <translation>发送设置</translation>
    </message>
    <message>
        <source>Stop mailing this address: %1</source>
        <translation>停止向此地址发送邮件：%1</translation>
    </message>
    <message>
        <source>Your server will retry: %1</source>
        <translation>您的服务器会重试：%1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>%1: what to fix (&quot;DMARC&quot;), %2: the domain or IP address it is about</extracomment>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>Fix your sending first (%1), then resend</source>
        <translation>请先修正发送问题（%1），然后重新发送</translation>
    </message>
    <message>
        <source>Check by hand: %1</source>
        <translation>请人工检查：%1</translation>
    </message>
    <message>
        <source>Send again later</source>
        <translation>请稍后重新发送</translation>
    </message>
    <message>
        <source>Send again later: %1</source>
        <translation>请稍后重新发送：%1</translation>
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
        <translation>代码表已损坏，BounceLens 无法启动。

%1</translation>
    </message>
</context>
</TS>
