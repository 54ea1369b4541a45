"""DDPM's forward process in the words of a script without spaces (Chinese, Japanese; Korean read so too): which
sentences say what the forward process is, and which of their words are DDPM's own in DDPM's roles.

The words are a whitelist, read as English's is (``laws._DDPM_WORDS``): a sentence about the forward process is
cut into the phrases below, longest first, and any piece of its script left over ("减半", "倍", "不", "ない")
may change the process, so the context's forward laws are set aside.  A verb that adds is DDPM's only with noise
as what it adds, a factor or a variance only with the step's value (:func:`roles`); a number, a negation or
another law is no phrase here, and a state said to be noise or another state (:func:`_said_to_be`) is no DDPM's;
nor are words that say when, in which order or on what the step acts (:mod:`unspaced_when`: "只", "第二步", "先 ...
然后", "依赖于 $x_0$"), whatever phrases they are made of."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from diffproof.notecheck.statements.unspaced_when import beyond_ddpm_s_times

#: A character of a script without spaces.
SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

#: Words that name the forward process itself (its noising, its diffusion process, its forward direction): a
#: sentence with them is about it, whatever else it is about.
NAMED = re.compile(
    r"前向|正向(?:过程|扩散|過程)|加噪|(?<!逆)(?<!反向)(?:扩散过程|擴散過程|拡散過程|拡散プロセス)|前方過程|順過程|順方向|ノイズ付加"
    r"|ノイズを(?:加|付|足|乗)|순방향|정방향|확산\s*과정|전방\s*과정|노이즈를\s*(?:추가|더|주입)"
)
#: Noise added, in words ("加入高斯噪声", "添加的噪声", "ノイズが加わる"): the forward process, unless the sentence
#: is about the reverse process or a model (:data:`NOT_FORWARD`), as "predicts the added noise" is.
NOISE_ADDED = re.compile(
    r"(?:加入|添加|加上|增加|注入|引入|叠加|混入|加)(?:了|的)?[^，。；,;]{0,8}?(?:噪声|噪音)"
    r"|(?:噪声|噪音)[^，。；,;]{0,4}?(?:加入|添加|加上|叠加|注入|加到)"
    r"|ノイズ(?:を|が)(?:加|付|足|乗)|노이즈(?:를|가)\s*(?:추가|더|주입)"
)
#: Words of the reverse (generative) process, a model or its training: a sentence with them and no name of the
#: forward process (:data:`NAMED`) is not about the forward process.
NOT_FORWARD = re.compile(
    r"逆|反向|反推|反过来|去噪|还原|恢复|生成|预测|網絡|网络|模型|训练|学习|採樣|采样"
    r"|復元|デノイズ|ノイズ除去|予測|ネットワーク|モデル|学習|訓練|サンプリング"
    r"|역방향|역\s*과정|생성|디노이즈|예측|네트워크|모델|학습|샘플링"
)
#: A word for a law of the chain (its marginal, kernel, transition, its Markov chain, one step of it): beside
#: maths of x_t with x_{t-1} or x_0, it says what that law is.
CHAIN_WORD = re.compile(
    r"边缘分布|边际分布|轉移|转移|马尔可夫链|马尔科夫链|单步|每一步|每步"
    r"|周辺分布|遷移|マルコフ連鎖|1ステップ|各ステップ|各時刻"
    r"|주변\s*분포|전이|마르코프\s*체인|각\s*단계|한\s*단계"
)

#: Chinese: the discourse of a note (we, this, so, can, obtain, derive) and DDPM's own words for its forward process
#: (a Markov chain of Gaussian steps, a schedule of small, increasing variances, a signal gradually corrupted into
#: standard normal noise).  No negation, number, factor or other law.
_CHINESE = (
    # discourse and function words
    "我们 我 你 他 它 它们 这 这个 这里 这样 这些 那 那么 那个 其 其中 此 此时 该 的 地 得 了 着 过 在 于 对 对于 "
    "和 与 及 以及 跟 同 或 或者 而 而且 并 并且 且 也 都 就 才 又 再 还 即 即为 即是 也就是 也就是说 就是 就是说 "
    "所以 因此 因而 于是 从而 由于 因为 由此 可见 可以 能 能够 会 将 要 需要 想要 希望 应该 可 便 则 所谓 所 "
    "是 为 是指 指 称为 称作 叫做 叫 记为 记作 写成 写作 表示 表示为 表达 表达式 表述 定义 定义为 给出 给定 "
    "已知 假设 假定 设 令 有 有着 得到 得出 可得 可知 求 求得 推导 推导出 推出 计算 计算出 看出 看到 "
    "注意 注意到 回顾 首先 然后 接着 最后 最终 之后 以后 之前 前面 上面 下面 如下 如上 下 上 后 前 中 里 之中 "
    "过程中 一下 一些 一个 一种 一般 通常 往往 总是 同样 同理 类似 另外 另一个 此外 其实 实际上 实际 "
    "事实上 理论上 理想 理想情况下 情况 情况下 时候 时 当 当时 如果 若 那么 只 只是 仅 仅仅 只要 只和 只与 "
    "仅和 仅与 有关 相关 有关系 关系 部分 一部分 成 作为 来 到 从 由 把 被 使 让 使得 通过 经过 经 根据 "
    "按照 按 依据 利用 用 使用 采用 沿用 带入 代入 整理 展开 化简 简化 重写 改写 形式 公式 式 式子 等式 "
    "方程 论文 文章 原文 原论文 作者 本文 本节 一节 章节 小节 节 篇 部分 上文 前文 后文 下文 图 图例 例子 "
    "例如 比如 说明 总结 流程 几步 步骤 个 种 项 么 呢 吧 啊 呀 吗 嘛 之 以 而是 换句话说 换言之 意味着 "
    "意义 目的 目标 做 这么做 怎么 如何 为什么 为何 因 故 既 既然 性质 特点 特性 好处 优点 重要 一项 "
    "很 非常 比较 较 更 最 十分 相当 足够 基本 基本上 大致 近似 近似地 约 大约 几乎 接近 太 讲 说 所述 "
    "前文所述 如前所述 向 往 过程 值 两者 二者 必然 必定 初始 初始的 前期 后期 刚开始 开始 一开始 "
    "随着 越大 越多 加快 变慢 理解 理解成 理解为 看作 视为 但 但是 不过 然而 实践 实践上 实践中 现在 "
    "这一步 上式 下式 该式 此式 反解 反解出 不好 很不好 好 坏 作用 角色 代表 代表着 含义 一般来说 整体 "
    "总体 总体上 大小 差异 程度 强度 每一维 每一层 层 输出 结果 输出结果 只是 而已 依赖 依赖于 前一步 连乘 "
    "变异性 真实 真实分布 类比 构造 破坏 逐步破坏 对角 对角矩阵 矩阵 元素 对角线 所有 迭代 迭代计算 如下 随机游走 "
    # isotropy, a forward process without learned parameters: negations that say DDPM's own
    "不偏向任何方向 不含参数 不含可学习参数 没有可学习的参数 无需学习 "
    # the reverse process, a model and its training, named beside the forward process (English's are discourse too)
    "反向 反向过程 逆向 逆向过程 逆过程 逆扩散过程 反向扩散过程 生成过程 生成 去噪 去噪过程 还原 恢复 "
    "模型 网络 神经网络 训练 学习 预测 估计 拟合 近似分布 "
    # DDPM's forward process
    "前向过程 前向扩散过程 前向扩散 前向 正向过程 正向扩散过程 正向扩散 正向 扩散过程 扩散 擴散 扩散模型 "
    "加噪过程 加噪 加噪声 噪声 噪音 高斯噪声 高斯噪音 正态噪声 随机噪声 标准高斯噪声 标准正态噪声 纯噪声 "
    "纯高斯噪声 各向同性 高斯 正态 高斯分布 正态分布 标准正态分布 标准高斯分布 标准正态 标准高斯 分布 "
    "条件分布 条件概率 概率 概率分布 联合分布 边缘分布 边际分布 后验 后验分布 先验 密度 概率密度 "
    "高斯变量 随机变量 变量 隐变量 潜变量 样本 采样 数据 原始数据 真实数据 数据分布 原图 原始图像 图像 图片 "
    "信号 原始信号 数据信号 状态 时刻 时间步 步 每一步 每步 一步 单步 上一步 上一个时刻 前一个时刻 前一时刻 "
    "后一个时刻 当前 当前时刻 当前的 下一步 任意 任意时刻 任意的 所有 每个 每一个 每一个步骤 整个 全部 "
    "马尔可夫 马尔科夫 马尔可夫链 马尔科夫链 马尔可夫过程 马尔科夫过程 马尔可夫性 马尔科夫性 链 "
    "转移 转移概率 转移分布 转移核 编码器 线性 线性高斯 线性高斯变换 线性高斯变化 线性关系 变换 变化 "
    "步数 原始 原 方差不变 均值和方差不变 均值 方差 标准差 协方差 单位方差 单位矩阵 系数 某个系数 参数 超参数 方差表 调度 噪声调度 "
    "方差调度 预先 预先定义 预设 事先 确定 逐步 逐渐 渐进 渐渐 不断 慢慢 一点点 少量 微小 很小 "
    "小 较小 越来越大 越来越多 加大 增大 变大 更大 更多 少 多 慢 快 速度 逐步加大 逐渐增大 "
    "趋近 趋近于 趋于 接近于 收敛 收敛到 收敛于 服从 满足 符合 遵循 得到的 最终的 序列 一系列 "
    "闭式 闭式解 解析 解析解 显式 显式表达 重参数化 重参数化技巧 技巧 "
)
#: Japanese: the same, in Japanese (its particles, copulas and verb endings; ノイズを加える, 拡散過程, マルコフ過程).
_JAPANESE = (
    # discourse, particles and verb endings
    "は が を に へ で と の も や か から まで より ね よ だ である です ます でき できる する して した た て る "
    "された されて させた させて られた られて れた れて "
    "し され される させ させる せる れる られる ている ていく ていき ていった いる いく いき いった こと もの "
    "ため ので のに よう ように "
    "ような これ この それ その あれ あの ここ そこ こそ など 等 及び および また さらに つまり すなわち ただし "
    "一方 一方で なお まず 次に 最後に 以下 以上 上記 下記 後 後に 前 先 際 場合 とき 時 ところ について "
    "に対し に対して に関して における において によって により による によると として とする とし とした "
    "とみなせる みなせる みなす 考える 考え 呼ぶ 呼ばれる 名前 付けられている 付け 由来 由来する 示す "
    "示した 示すように 後に示すように 述べた 述べる 書く 書ける 表す 表せる 表される 定める 定め 定義 "
    "定義する 得る 得られる 得られ 得 求める 求められる 求まる 導く 導出 計算 わかる 分かる 見る 見た "
    "見てみる 考察 性質 優れた 持つ 持っている 要請 要請している ている ていく ことに ことで ことによって "
    "それぞれ 各 全て すべて 任意 任意の 同時に 順に 順番に 逐次 次々 徐々に だんだん 少しずつ 繰り返す "
    "繰り返し 繰り返すことによって 操作 適用 回 一種 一つ 認められる 認め 明示的 明示的に 解析的 解析的に "
    "常に 最終的 最終的に 結果 経る 経るにつれ につれ につれて 進む 進める 従う 従い 従って 従うように "
    "一般 一般に 通常 ここで 非常 非常に 十分 十分に 小さい 小さな 大きい "
    "なる なり なって なった ある あり あって 与える 与え 与えられる 与えられた 所与 所与のもの のもの "
    "式 数式 論文 本稿 本記事 記事 節 図 例 例えば いわゆる つまりは 言い換えると 要するに 意味 意味する "
    "この その あの どの という といった ために 逆に 一番 根源的 根源的な その他 他の 呼ばれる と呼ばれる "
    "と呼ぶ 名前が 付けられている のは 捉え 捉える 目指す 通じて を元に 元に 一種である 未知 未知であり "
    "推定 推定する ものとしている もの として 含まれている 含まれ なぜ 考える 考えられる 例え "
    "例えとして 出発して 出発する 目的地 目的地もなく フラフラ 彷徨っている 彷徨う だけ まさに ランダムウォーク "
    # the reverse process, a model and its training, named beside the forward process
    "逆拡散過程 生成過程 生成 生成器 分類器 識別器 復元 復元する 逆順 逆順に たどり たどる デノイジング "
    "拡散確率モデル デノイジング拡散確率モデル モデル 学習 学ぶ 推定器 "
    # DDPM's forward process
    "拡散過程 拡散 拡散プロセス 拡散モデル 前方過程 前向き 前向き過程 前向きプロセス 順過程 順方向 順方向過程 フォワード "
    "フォワードプロセス "
    "ノイズ ガウスノイズ ガウス雑音 雑音 ガウス 正規 正規分布 標準正規分布 標準正規 等方 等方的 等方性 分布 "
    "条件付き 条件付き分布 確率 確率分布 同時分布 周辺分布 事後分布 事前分布 密度 確率密度 観測変数 潜在変数 "
    "変数 確率変数 サンプル データ 元データ 元のデータ 元の データ成分 元のデータ成分 成分 信号 画像 状態 "
    "時刻 時点 ステップ 各ステップ 各時刻 1ステップ ひとつ前 一つ前 直前 前の 次の 現在 得るために "
    "マルコフ マルコフ過程 マルコフ性 マルコフ連鎖 連鎖 プロセス 過程 遷移 遷移確率 遷移核 "
    "平均 分散 標準偏差 共分散 単位行列 係数 パラメータ スケジュール 分散スケジュール ノイズスケジュール "
    "された されて していく していき "
    "閉形式 閉じた形 再パラメータ化 再パラメータ化トリック 独立 独立な 合成 "
)
#: Korean (its syllables read without spaces): the same, in Korean.
_KOREAN = (
    "랜덤 워크 마다 에서는 에는 은 는 이 가 을 를 에 에서 의 와 과 로 으로 도 만 및 또는 그리고 하지만 즉 따라서 그러므로 이때 여기서 "
    "다음 다음과 같이 같이 같다 같은 이다 있다 있는 하는 한다 하여 하면 된다 되는 되어 될 수 있다 쓸 쓰면 "
    "정의 정의한다 정의된 표현 표현한다 나타낸다 나타내면 얻는다 얻을 계산 유도 가정 가정한다 "
    "순방향 순방향 과정 정방향 확산 확산 과정 과정 노이즈 가우시안 노이즈 가우시안 정규 정규분포 "
    "표준정규분포 분포 조건부 확률 결합 분포 주변 분포 사후 분포 잠재 변수 관측 변수 변수 데이터 원본 "
    "이미지 상태 시점 단계 각 단계 매 단계 한 단계 점진적으로 조금씩 마르코프 마르코프 체인 체인 전이 "
    "마르코프 성질 성질 갖는다 가진다 갖는 "
    "평균 분산 표준편차 계수 스케줄 분산 스케줄 노이즈 스케줄 한다 하는 "
    "작은 작게 점점 최종적으로 치환 치환하면 식 식에서 쓸 수 있다 다음과 같이 관측 잠재 "
)
#: The words of a derivation's prose beyond DDPM's (comparing coefficients, a quadratic expression combined, the
#: last line of a derivation, a formula shows ...), in Chinese and Japanese: read only in a sentence that is not
#: about the forward process by its own words (``laws``' derivation reading), never in one that describes it.
_DERIVATION = (
    "对比 比较 比对 合并 合并成 配方 二次 二次方 二次式 二次表达式 一次项 二次项 常数项 行 这一行 肯定 必须 不难 "
    "不难看出 容易 容易看出 直接 指定 简单 简单地 该式子 式子的 关于 "
    "比較 係数比較 まとめる まとめ 二次式 二次形式 平方完成 に関する 整理 一次の項 二次の項 定数項 行目 最後の行 直接 指定 "
)


def _longest_first(words: str) -> re.Pattern:
    """One pattern of the phrases, longest first: the first that matches a place is the longest there."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words.split()), key=len, reverse=True)))


PHRASES = _longest_first(_CHINESE + _JAPANESE + _KOREAN)
#: DDPM's phrases and a derivation's (:data:`_DERIVATION`).
DERIVATION_PHRASES = _longest_first(_CHINESE + _JAPANESE + _KOREAN + _DERIVATION)


#: A piece of masked maths (``m3``), a number in maths (``2``, ``0.5``), and a run of script or digits left over.
_MASKED = re.compile(r"(?<![A-Za-z\d])m(\d+)(?!\w)")
_NUMBER = re.compile(r"[\s\d.,+\-−/()]*\d[\s\d.,+\-−/()]*|\\frac\s*\{\s*\d+\s*\}\s*\{\s*\d+\s*\}")
_SECTION_NUMBER = re.compile(r"\s*(?:\d+\.)*\d+\.?(?=\s)|")  # a heading's "2.2"
_LEFT_OVER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\d]+")


@dataclass(frozen=True)
class Role:
    """A phrase whose words are DDPM's only in one role: the pattern, and the maths it holds (``m3``, its masked
    piece) checked by a test of the maths' text (a factor of the step, the final state, the data); a strict role's
    words with other maths say what DDPM's step is not ("乘以 $\alpha_t$", "标准差为 $\beta_t$")."""

    pattern: re.Pattern
    maths: Callable[[list[str]], bool] = lambda pieces: True
    strict: bool = False


_NOISE = (
    r"(?:[\s*]|高斯|正态|标准|随机|各向同性的?|独立的?|新的?|一个|一些|一点|少量的?|微小的?|很小的?|小的|适量的?|相同强度的?"
    r"|同样强度的?|相同的?|的)*(?:噪声|噪音|扰动)"
)
_ADD_ZH = r"(?:加入|添加|加上|增加|注入|引入|叠加|混入|掺入|加)"
_MATHS = r"\s*m(\d+)\s*"
_VARIANCE = r"(?:方差|分散|분산)\s*(?:为|是|は|が|이|가|：|:)?"
_STD = r"(?:标准差|標準偏差|표준편차)\s*(?:为|是|は|が|이|가|：|:)?"


def _zero(piece: str) -> bool:
    return piece.strip() == "0"


def _all(test: Callable[[str], bool]) -> Callable[[list[str]], bool]:
    return lambda pieces: all(test(p) for p in pieces)


def roles(factor: Callable[[str], bool], noise: Callable[[str], bool], final: Callable[[str], bool],
          data: Callable[[str], bool], schedule: Callable[[str], bool],
          mean: Callable[[str], bool], variance: Callable[[str], bool],
          std: Callable[[str], bool], step_input: Callable[[str], bool],
          result: Callable[[str], bool]) -> tuple[Role, ...]:  # fmt: skip
    """DDPM's words of its forward process bound to their roles, each test of the maths they hold given by the
    caller: noise added (Chinese 加入噪声, 噪声加到, a noise's maths ``noise``; Japanese ノイズを加える, ノイズを付与;
    Korean 노이즈를 추가), the state multiplied by the step's factor (``factor``), a mean, variance or standard
    deviation of the step's or the marginal's (``mean``, ``variance``, ``std``), the data attenuated or its signal
    vanishing, the noise growing, a schedule's name as a subject (``schedule``), the final state x_T (``final``)
    free of the data x_0 (``data``); the state the step acts on (``step_input``: "将 $x_{t-1}$ 乘以", "$x_{t-1}$ に
    ... を掛け", "$x_{t-1}$에 ... 곱하") and the state it gives (``result``: "得到 $x_t$", "$x_t$ を得る", "$x_t$ 由
    ..."), each a strict role of a state (:func:`_state_in_role`); and words of a note's discourse that hold a
    number (a bound, a zero mean, an ordinal, an equation's number, a count of formulas)."""
    acted_on, given = _state_in_role(step_input), _state_in_role(result)
    return (
        Role(re.compile(_ADD_ZH + r"(?:了|上)?" + _NOISE)),  # 加入高斯噪声, 添加一个噪声
        Role(
            re.compile(_ADD_ZH + r"(?:了|上)?(?:一个|一些)?" + _MATHS + r"(?:的)?(?:噪声|噪音)?"),
            _all(noise),
            strict=True,
        ),
        Role(re.compile(_ADD_ZH + r"的" + _NOISE)),  # 添加的噪声: the noise added
        Role(re.compile(r"(?:噪声|噪音)(?:被|会被)?(?:逐步|逐渐|不断)?" + _ADD_ZH + r"(?:到|至|进|在)?")),
        Role(re.compile(r"(?:某个|一个)?系数乘(?:上|以)?")),  # 某个系数乘上 x_{t-1}: a coefficient times the state
        Role(
            re.compile(r"(?:均值|平均|期望)(?:为|是|は|が)?" + _MATHS), _all(mean), strict=True
        ),  # 均值为 √(1-β_t) x_{t-1}
        Role(
            re.compile(_VARIANCE + _MATHS), _all(variance), strict=True
        ),  # 方差为 β_t, 分散が β_t: the step's variance
        Role(re.compile(_STD + _MATHS), _all(std), strict=True),  # 标准差为 √β_t: its standard deviation
        Role(re.compile(_ADD_ZH + r"(?:了|上)?" + _VARIANCE + _MATHS + "的" + _NOISE), _all(variance), strict=True),
        Role(re.compile(_ADD_ZH + r"(?:了|上)?" + _STD + _MATHS + "的" + _NOISE), _all(std), strict=True),
        Role(re.compile(r"直接(?:加噪|计算|采样|得到)?(?:到|至)第" + _MATHS + "步")),  # 直接加噪到第 t 步: the marginal
        Role(re.compile(r"(?:维持|保持)(?=[^。；;m]*(?:均值|方差))")),  # 维持...均值和方差不变: what VP keeps
        Role(  # データ成分がだんだん小さくなり: the data shrinks
            re.compile(
                r"(?:データ成分|データ|信号|成分)(?:が|は)?(?:だんだん|徐々に|次第に|少しずつ)?小さく(?:なり|なる|なって|なった)"
            )
        ),
        Role(  # ノイズが大きくなる: the noise grows
            re.compile(
                r"(?:ノイズ|分散)(?:が|は)?(?:だんだん|徐々に|次第に|少しずつ)?大きく(?:なり|なる|なって|なった)"
            )
        ),
        Role(
            re.compile(r"(?:(?:数据|原始|原)?信号|数据|图像|原图)[^，。；、]{0,6}?消失")
        ),  # the data's signal vanishes
        Role(re.compile(r"(?:和|与|跟)其[他它](?:的)?(?:时刻|状态|变量)?(?:都)?无关")),  # the Markov property
        Role(re.compile(r"(?<!の)代わりに")),  # 減衰させ、代わりにノイズを付与: not "in place of" (の代わりに)
        Role(re.compile(_MATHS + r"(?=は|が|通常|很|非常|都|也|会|越|逐渐|逐步)"), _all(schedule)),  # β_t は: a subject
        Role(re.compile(r"(?<![A-Za-z\\])x_?\{?(?:0|t|T|t-1)\}?(?![A-Za-z0-9_-])")),  # x_0 written without maths
        Role(re.compile(_ADD_ZH + r"的\s*(?:\*\*)?\s*(?:gaussian\s+)?noise\b", re.IGNORECASE)),  # 添加的 noise
        Role(re.compile(_ADD_ZH + r"(?:了|上)?" + _NOISE + _MATHS), _all(noise), strict=True),  # 加上一个噪声 √β_t ε
        Role(
            re.compile(
                r"[一二三两四五六七八九十几](?:个|种)(?:分布|公式|式子|性质|步骤|部分|方程|等式|问题|表达形式|形式|写法)"
            )
        ),
        Role(re.compile(r"第[一二三四五六七八九十]+(?:式|項|项|步|行|章|節|节)")),  # 第二式: an ordinal
        Role(re.compile(r"(?:式|公式|等式)\s*(?:[(（]\s*\d+\s*[)）]\s*)+")),  # 式(10)(11): equations' numbers
        Role(re.compile(r"乘(?:以|上)?" + _MATHS), _all(factor), strict=True),
        Role(re.compile(_MATHS + r"(?:を)?(?:乗じ|掛け)"), _all(factor), strict=True),
        Role(re.compile(r"(?:ガウス)?(?:ノイズ|雑音)(?:を|が)?(?:加え|加わ|加算|付与|付加|足|乗せ)")),
        Role(re.compile(r"노이즈(?:를|가)?(?:\s|조금씩|점진적으로|점점|작은)*(?:추가|더하|더해|주입)")),
        Role(re.compile(r"(?:元の)?(?:データ成分|データ|信号|成分)を?(?:減衰|弱め|縮小)(?:させ|させる|する|し)?")),
        Role(re.compile(_MATHS + r"(?:より|未満|以下|以上|小于|大于|之间)")),  # α_t は 1 より小さい: a bound
        Role(
            re.compile(r"(?:均值|期望|平均)(?:为|是|趋近于|趋于|等于|は|が)?\s*(?:0(?![\d.])|m(\d+))\s*"), _all(_zero)
        ),
        Role(re.compile(r"第\s*(?:\d+|m(\d+))\s*(?:步|项|行|个|式|章|节|部分|ステップ|項|行目|式)")),  # an ordinal
        Role(
            re.compile(r"(?:将|把)" + _MATHS + r"(?=(?:乘|加入|加上|添加|注入|叠加|混入))"), _all(acted_on), strict=True
        ),
        Role(
            re.compile(_MATHS + r"に(?:対し(?:て)?)?\s*[、,]?(?=\s*m\d+\s*を?\s*(?:乗じ|掛け))"),
            _all(acted_on),
            strict=True,
        ),
        Role(re.compile(_MATHS + r"에(?=\s*m\d+\s*(?:을|를)\s*곱)"), _all(acted_on), strict=True),
        Role(re.compile(r"(?:得到|得出|获得|可得)(?:了)?" + _MATHS), _all(given), strict=True),
        Role(re.compile(_MATHS + r"(?=を得る|を得た|が得られ|(?:을|를)\s*얻)"), _all(given), strict=True),
        Role(re.compile(_MATHS + r"由" + _MATHS), lambda pieces: given(pieces[0]) and acted_on(pieces[1]), strict=True),
        Role(  # 最終的に得られる x_T は x_0 に依存しない: the final state, free of the data
            re.compile(_MATHS + r"(?:は|が)?" + _MATHS + r"に依存しない"),
            lambda pieces: final(pieces[0]) and data(pieces[1]),
        ),
    )


#: A state of the chain alone in maths (``x_{t+1}``, ``\mathbf{x}_t``): a role that places states judges only these.
_PLAIN_STATE = re.compile(r"\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{?\s*)?x\s*\}?\s*_\s*(?:\{[^{}]*\}|\w)\s*")


def _state_in_role(test: Callable[[str], bool]) -> Callable[[str], bool]:
    """A role's test of the maths in it: a state alone must pass ``test`` (DDPM's state in that role); other maths
    (an equation, an expression) is read by the maths' readers."""
    return lambda piece: not _PLAIN_STATE.fullmatch(piece) or test(piece)


#: Noise tied to a state ("噪声与 $x_{t-1}$ 相关", "ノイズが $x_0$ に依存"), or a state or the data said to grow
#: ("$x_t$ 的方差越来越大", "数据变大"): DDPM's noise is independent and what grows is its variance, not the state's.
_BROKEN = re.compile(
    r"(?:噪声|噪音|ノイズ|노이즈)[^，。；,;、]{0,6}?m(\d+)\s*(?:相关|有关|に依存|と相関|에\s*의존)"
    r"|(?:m(\d+)|数据|图像|信号|データ|画像)\s*(?:的|の)?\s*(?:方差|值|幅度|分散)?\s*(?:也|会|就|逐渐|逐步|不断|が|は)*"
    r"(?:加大|增大|变大|越来越大|越来越多|增加|大きく)"
)
#: A state of the chain in maths (``x_t``, ``\mathbf{x}_{t-1}``), not a schedule's name.
_STATE = re.compile(r"[\s`]*(?:\\(?:mathbf|boldsymbol|bm)\s*\{?\s*)?x(?![A-Za-z])")
#: A state said to be something (Chinese 是, 为, 就是, 变成; Japanese は ... である): noise or another state, which
#: DDPM's step is not (a counterexample to "$x_t$ 是纯噪声" is every step but the last).
_COPULA = re.compile(
    r"m(\d+)\s*(?:都|也|就|只|仅|已|已经)?(?:是|为|即为|等于|变成|成为|变为|就是|只是)(?:一个|一些)?\s*"
    r"(?:m(\d+)|[^，。；,;]{0,4}?(?:噪声|噪音|扰动|数据|图像|原图))"
    r"|m(\d+)\s*(?:は|が)\s*(?:m(\d+)|[^、。]{0,4}?(?:ノイズ|データ|画像))\s*(?:である|だ|です|になる|となる)"
)


#: A state and the factor that multiplies it, each in maths, in each script's order: "将 $x_{t-1}$ 乘以 $a$", "$x_t$ 由
#: $x_0$ 乘以 $a$", "$x_{t-1}$ 都乘以 $a$"; "$x_{t-1}$ に $a$ を掛け"; "$x_{t-1}$에 $a$를 곱".
_SCALED = re.compile(
    r"m(\d+)\s*[\u3400-\u9fff]{0,2}?\s*乘(?:以|上)?\s*m(\d+)"
    r"|m(\d+)\s*に(?:対し(?:て)?)?\s*[、,]?\s*m(\d+)\s*を?\s*(?:乗じ|掛け)"
    r"|m(\d+)\s*에\s*m(\d+)\s*(?:을|를)\s*곱"
)


def _scaled_otherwise(text: str, masked: list[str], scaled: Callable[[str, str], bool]) -> str:
    """A state of the chain multiplied by a factor that is not its own (:data:`_SCALED`; ``scaled`` tests the pair:
    DDPM's step scales x_{t-1} by sqrt(alpha_t), its marginal x_0 by sqrt(abar_t), never one by the other's), or ''."""
    for found in _SCALED.finditer(text):
        state, factor = (masked[int(n)].strip().strip("`") for n in found.groups() if n is not None)
        if _PLAIN_STATE.fullmatch(state) and not scaled(state, factor):
            return re.sub(r"m(\d+)", lambda m: f"${masked[int(m.group(1))].strip()}$", " ".join(found.group(0).split()))
    return ""


def _of_a_state(groups: tuple[str | None, ...], masked: list[str]) -> bool:
    """Whether a match's maths (its first piece, if any) is a state of the chain, not a noise or a schedule."""
    piece = next((masked[int(n)] for n in groups if n is not None), None)
    return piece is None or bool(_STATE.match(piece))


def _said_to_be(text: str, masked: list[str], final: Callable[[str], bool]) -> str:
    """A state said to be noise or another state (:data:`_COPULA`), but the last one said to be noise, or ''."""
    for found in _COPULA.finditer(text):
        subject, other = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
        if not _STATE.match(masked[int(subject)]):
            continue  # "$\epsilon$ 是标准高斯噪声": the noise is noise
        if other is not None or not final(masked[int(subject)].strip().strip("`")):
            return re.sub(r"m(\d+)", lambda m: f"${masked[int(m.group(1))].strip()}$", " ".join(found.group(0).split()))
    return ""


def beyond_ddpm(text: str, masked: list[str], ddpm_roles: tuple[Role, ...], final: Callable[[str], bool],
                scaled: Callable[[str, str], bool], phrases: re.Pattern = PHRASES) -> tuple[str, str]:  # fmt: skip
    """The first piece of a sentence's script (its maths masked as ``m0``, ``m1``) that is neither a phrase of
    DDPM's nor of discourse (``phrases``: :data:`PHRASES`, or :data:`DERIVATION_PHRASES`) nor one of DDPM's verbs
    in its role (``ddpm_roles``), or a state said to be noise or another state (:func:`_said_to_be`; the final one
    may be noise), or a state scaled by another's factor (:func:`_scaled_otherwise`), or ''; and the sentence with
    the phrases and roles read blanked out (its other words and maths left to English's reader)."""
    said = _said_to_be(text, masked, final) or _scaled_otherwise(text, masked, scaled)
    broken = next((b for b in _BROKEN.finditer(text) if _of_a_state(b.groups(), masked)), None)
    if said or broken:
        return said or re.sub(r"m(\d+)", lambda m: f"${masked[int(m.group(1))].strip()}$", broken.group(0)), ""
    when = beyond_ddpm_s_times(text, masked)  # "只在最后一步", "先加噪声，然后", "依赖于 $x_0$ 和 $x_{t-1}$"
    if when:
        return when, ""
    kept: list[str] = []
    at = len(_SECTION_NUMBER.match(text).group(0))
    while at < len(text):
        longest, wrong = "", ""
        for role in ddpm_roles:
            found = role.pattern.match(text, at)
            pieces = [masked[int(n)].strip().strip("`") for n in found.groups() if n is not None] if found else []
            if found and role.maths(pieces):
                longest = max(longest, found.group(0), key=len)
            elif found and role.strict:
                wrong = max(wrong, found.group(0), key=len)
        if len(wrong) > len(longest):  # DDPM's words with other maths: "标准差为 $\beta_t$"
            return re.sub(r"m(\d+)", lambda m: f"${masked[int(m.group(1))].strip()}$", " ".join(wrong.split())), ""
        phrase = phrases.match(text, at)
        if phrase and len(phrase.group(0)) > len(longest):
            longest = phrase.group(0)
        if longest:
            kept.append(" ")
            at += len(longest)
            continue
        token = _MASKED.match(text, at)
        if token and _NUMBER.fullmatch(masked[int(token.group(1))].strip("`")):
            return f"${masked[int(token.group(1))].strip()}$", ""  # a number beside DDPM's words: a factor or a count
        if token:
            kept.append(token.group(0))
            at = token.end()
            continue
        if SCRIPT.match(text, at) or text[at].isdigit():
            return _LEFT_OVER.match(text, at).group(0), ""
        kept.append(text[at])
        at += 1
    return "", "".join(kept)
