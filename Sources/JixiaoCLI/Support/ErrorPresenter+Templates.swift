import JixiaoForm

/// Words for a broken installation: a template file jixiao needs is missing or malformed.
extension ErrorPresenter {
    /// `official-layout.json：jixiao 的模板文件缺失或损坏，请重新安装 jixiao [详情: …]`.
    static func message(for error: TemplateLoadError, language: Language) -> String {
        compose(file: error.file,
                text: language.pick("jixiao 的模板文件缺失或损坏，请重新安装 jixiao",
                                    "a template file of jixiao is missing or damaged; reinstall jixiao"),
                detail: error.detail, language: language)
    }
}
