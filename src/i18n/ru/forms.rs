use crate::domain::azure::{IssueType, OwnSupportPlanKind, SupportPlan};
use crate::domain::contact::SupportLanguage;
use crate::domain::severity::{ResponseTarget, Severity};
use crate::domain::validation::{Field, FieldError, Reason};
use crate::domain::AnswerChange;
use crate::i18n::{FormStrings, Locale, Plural};

const RU: Locale = Locale::Russian;

pub const FORMS: FormStrings = FormStrings {
    error_summary_title: "Есть проблема",
    new_azure_request_title: "Новый запрос на поддержку",
    new_service_request_title: "Создание запроса на обслуживание",
    my_organization: "Моя организация",

    steps_label: "Шаги",
    step_topic: "Тема поддержки",
    step_basics: "Основы",
    step_details: "Подробности",
    step_contact: "Контактное лицо",
    step_review: "Проверка",
    step_of: |n, of| format!("Шаг {n} из {of}"),

    continue_button: "Продолжить",
    back_button: "Назад",
    create_button: "Создать",
    submit_button: "Отправить",
    sending: "Отправка запроса…",
    change: "Изменить",
    change_answer: |label| format!("Изменить: {label}"),
    help_link: "Справка по этой форме",

    draft_restored: |saved| format!("Мы восстановили черновик, который вы заполняли ({saved})."),
    discard_draft: "Удалить черновик",
    draft_discarded: "Черновик удален",
    draft_expired: |saved| format!("Черновик, сохраненный {saved}, был старше 7 дней, поэтому он удален."),
    draft_saved: |time| format!("Черновик сохранен в {time}"),
    draft_not_kept: "Этот браузер не сохраняет ваш черновик: хранилище заполнено или отключено для этого сайта. Введенные данные останутся на странице, пока вы ее не покинете, поэтому отправьте запрос до закрытия страницы.",
    draft_changed_elsewhere: "Вы изменили этот черновик в другой вкладке или окне. Выберите, какие ответы оставить; до тех пор здесь ничего не сохраняется.",
    draft_removed_elsewhere: "Этот черновик отправлен или удален в другой вкладке или окне. То, что вы видите здесь, больше не сохраняется.",
    draft_take_theirs: "Взять ответы из другой вкладки",
    draft_keep_mine: "Оставить ответы здесь",

    field_label,
    field_error,
    chars_left: |n| {
        let count = n.unsigned_abs() as usize;
        if n >= 0 {
            RU.count(
                count,
                &Plural::ru(
                    "Остался {n} символ",
                    "Осталось {n} символа",
                    "Осталось {n} символов",
                ),
            )
        } else {
            RU.count(
                count,
                &Plural::ru(
                    "На {n} символ больше допустимого",
                    "На {n} символа больше допустимого",
                    "На {n} символов больше допустимого",
                ),
            )
        }
    },
    support_language_name: |language| match language {
        SupportLanguage::EnUs => "Английский",
        SupportLanguage::RuRu => "Русский",
        SupportLanguage::DeDe => "Немецкий",
        SupportLanguage::FrFr => "Французский",
        SupportLanguage::EsEs => "Испанский",
        SupportLanguage::ItIt => "Итальянский",
        SupportLanguage::JaJp => "Японский",
        SupportLanguage::KoKr => "Корейский",
        SupportLanguage::PtBr => "Португальский (Бразилия)",
        SupportLanguage::ZhHans => "Китайский (упрощенное письмо)",
    },
    select_placeholder: "Выберите…",
    yes: "Да",
    no: "Нет",
    not_given: "Не указано",

    contact_heading: "Ваши контактные данные",
    contact_note: "Укажите свои контактные данные, а не данные клиента: по этому запросу Майкрософт работает с вами, партнером.",
    email_hint: "На этот адрес пишут инженеры службы поддержки Майкрософт. Он не должен быть в одном из доменов клиента.",
    phone_label: "Номер телефона (необязательно)",
    phone_hint: "Только для записей Майкрософт: в этой программе нет поддержки по телефону.",
    time_zone_hint: "Майкрософт связывается с вами в ваше рабочее время.",
    time_zone_city,
    contact_method_legend: "Предпочтительный способ связи",
    contact_method_email: "Электронная почта",
    contact_method_hint: "В этой программе нет поддержки по телефону, поэтому Майкрософт связывается с вами по электронной почте.",
    save_contact: "Сохранить эти данные для следующих запросов",
    save_contact_hint: "Хранятся только в этом браузере, чтобы заполнить ваш следующий запрос.",

    severity_hint: "Выберите ее по влиянию на бизнес. Время ответа указано для критических технических инцидентов; по остальным инцидентам первый ответ дается в течение одного рабочего дня.",
    severity_label,
    severity_impact: |s| match s {
        Severity::Critical => "Серьезный сбой: рабочие службы не работают.",
        Severity::Moderate => "Рабочие службы затронуты частично.",
        Severity::Minimal => "Службы доступны или затронуты только нерабочие среды.",
    },
    response_target: |t| match t {
        ResponseTarget::Hours(h) => RU.count(
            h as usize,
            &Plural::ru(
                "Первый ответ в течение {n} часа",
                "Первый ответ в течение {n} часов",
                "Первый ответ в течение {n} часов",
            ),
        ),
        ResponseTarget::BusinessDay => "Первый ответ в течение одного рабочего дня".to_owned(),
    },
    english_only_note: "Сроки ответа Майкрософт действуют для поддержки на английском языке. Поддержка на других языках оказывается в рабочие часы.",

    issue_type_label: |t| match t {
        IssueType::Technical => "Техническая",
        IssueType::Billing => "Выставление счетов",
        IssueType::SubscriptionManagement => "Управление подписками",
        IssueType::ServiceAndSubscriptionLimits => "Ограничения служб и подписок (квоты)",
    },
    catalog_label: super::catalog::catalog_label,
    subscription_hint: |own_organization| match own_organization {
        false => "Подписка Azure клиента, в которой возникла проблема.",
        true => "Ваша собственная подписка Azure, в которой возникла проблема.",
    },
    no_azure_subscription: "У этого клиента нет подписки Azure, поэтому запрос Azure подать не о чем.",
    summary_label: "Краткое описание",
    summary_hint: "Короткий заголовок, например «Виртуальная машина в Западной Европе не запускается после изменения размера».",
    support_plan_hint: "Для запроса клиента нужно выбрать план «Поставщик облачных решений».",
    support_plan_label: |p| match p {
        SupportPlan::CloudSolutionProvider => "Поставщик облачных решений",
        SupportPlan::Premier => "Premier",
        SupportPlan::AzureSupportPlan => "План поддержки Azure",
        SupportPlan::MpnContract => "Контракт MPN",
    },
    support_plan_choice_hint: |p, own| match (p, own) {
        (SupportPlan::CloudSolutionProvider, false) => "Входит в ваше преимущество поддержки CSP. Обязателен для запроса клиента.",
        (SupportPlan::CloudSolutionProvider, true) => "Не распространяется на ваши собственные подписки.",
        (_, false) => "Только для запросов о ваших собственных подписках, не о подписках клиента.",
        (_, true) => "Ваш собственный план: его идентификатор указывается далее на этом шаге.",
    },
    description_hint: "Что происходит, что вы ожидали, что уже пробовали, и все сообщения об ошибках.",
    problem_start_hint: |zone| match zone {
        "" => "По вашему местному времени. Оставьте пустым, если не знаете.".to_owned(),
        zone => format!("По вашему местному времени: {zone}. Оставьте пустым, если не знаете."),
    },
    problem_start_read_back: |when| format!("То есть {when}."),
    diagnostic_hint: "Позволяет Майкрософт собрать диагностические сведения из ресурсов Azure клиента; часто это ускоряет решение.",
    attachment_label: "Вложение (необязательно)",
    attachment_hint: "Один файл, который показывает проблему, например снимок экрана, журнал или документ: не более 5 МБ, имя не длиннее 110 символов. Программы и скрипты (например, файлы .exe, .bat, .ps1, .js, .msi, .html или .svg) не принимаются.",
    attachment_named: |name, size| format!("{name} ({})", file_size(size)),
    attachment_remove: "Удалить файл",
    attachment_unreadable: |name| format!("Не удалось прочитать файл {name}. Выберите его снова или другой файл."),

    own_plan_heading: "Ваш собственный план поддержки",
    own_plan_intro: "Этот запрос касается ваших собственных подписок, на которые не распространяется преимущество поддержки CSP. Укажите свой действующий план поддержки: идентификатор контракта MPN, план поддержки Premier или план поддержки Azure.",
    own_plan_kind_label: |k| match k {
        OwnSupportPlanKind::MpnContract => "Идентификатор контракта MPN",
        OwnSupportPlanKind::Premier => "План поддержки Premier",
        OwnSupportPlanKind::AzureSupportPlan => "План поддержки Azure",
    },
    own_plan_id_hint: "Как в вашем соглашении: от 6 до 10 цифр для контракта MPN, от 7 до 12 букв или цифр для Premier, GUID для плана поддержки Azure. Пробелы и дефисы допускаются.",

    topic_heading: "С чем связана проблема?",
    topic_hint: "Выберите наиболее подходящую тему поддержки. Самые частые темы идут первыми.",
    topic_filter: "Фильтр тем",
    other_topics: "Другие темы",
    more_topics: "Дополнительно…",
    fewer_topics: "Показать только частые темы",
    topics_match: |n| {
        RU.count(
            n,
            &Plural::ru("Найдена {n} тема", "Найдено {n} темы", "Найдено {n} тем"),
        )
    },
    no_topic_matches: "Подходящих тем нет. Очистите фильтр, чтобы увидеть все.",
    title_hint: "Краткое описание, например «Пользователи не получают внешнюю почту».",

    review_heading: "Проверьте запрос",
    review_intro: "Проверьте ответы, прежде чем отправить запрос в Майкрософт.",
    review_request: "Запрос",
    review_customer: "Клиент",
    review_service: "Служба",
    send_failed: "Запрос не отправлен",
    send_failed_hint: "Ваши ответы сохранены. Отправить повторно безопасно: Майкрософт не получит запрос дважды.",
    send_refused_hint: "Ваши ответы сохранены. Проверьте их и отправьте еще раз.",
    send_unknown_title: "Не удалось узнать, дошел ли запрос",
    send_unknown_hint: "Ваши ответы сохранены. Отправьте еще раз, чтобы узнать: если у Майкрософт уже есть этот запрос, вы его увидите, и второй раз он не будет подан.",
    send_again: "Отправить еще раз",
    already_filed_title: "Эти ответы уже поданы",
    already_filed_body: |id| format!("Ваши прежние ответы были поданы как запрос {id} до того, как вы их изменили. Отправка измененных ответов этот запрос не изменит."),
    already_filed_hint: "Добавьте изменения к этому запросу как заметку, чтобы их увидел инженер Майкрософт.",
    add_changes_as_note: "Добавить изменения как заметку",
    view_filed_request: |id| format!("Просмотреть запрос {id}"),
    changes_note,

    created_title: "Запрос на обслуживание создан",
    created_intro: "Ваш запрос получен Майкрософт.",
    request_number: "Номер запроса",
    copy: "Копировать",
    copied: "Номер запроса скопирован",
    copy_failed: "Не удалось скопировать: выделите номер и скопируйте его вручную",
    first_response_due: |at| format!("Первый ответ ожидается до {at}"),
    what_next_heading: "Что дальше",
    what_next: "Инженер службы поддержки Майкрософт свяжется с вами по электронной почте. Следите за запросом и добавляйте заметки в списке запросов на обслуживание клиента.",
    view_customer_requests: "Запросы на обслуживание клиента",
    back_to_customer: "Назад к клиенту",
};

fn field_label(field: Field) -> &'static str {
    match field {
        Field::Title => "Заголовок",
        Field::Description => "Описание",
        Field::Severity => "Серьезность",
        Field::SupportTopic => "Тема поддержки",
        Field::FirstName => "Имя",
        Field::LastName => "Фамилия",
        Field::Email => "Адрес электронной почты",
        Field::Phone => "Номер телефона",
        Field::Country => "Страна",
        Field::TimeZone => "Часовой пояс",
        Field::SupportLanguage => "Язык поддержки",
        Field::IssueType => "Тип проблемы",
        Field::AzureSubscription => "Подписка",
        Field::AzureService => "Служба",
        Field::ProblemType => "Вид проблемы",
        Field::ProblemSubtype => "Подвид проблемы",
        Field::ProblemStart => "Когда возникла проблема?",
        Field::SupportPlan => "План поддержки",
        Field::OwnSupportPlanKind => "Ваш план поддержки",
        Field::OwnSupportPlanId => "Идентификатор плана поддержки",
        Field::Note => "Заметка",
        Field::AdvancedDiagnosticConsent => {
            "Может ли Майкрософт собирать расширенные диагностические сведения?"
        }
        Field::Attachment => "Вложение",
    }
}

fn missing_message(field: Field) -> &'static str {
    match field {
        Field::Title => "Введите заголовок запроса",
        Field::Description => "Опишите проблему",
        Field::Severity => "Выберите серьезность",
        Field::SupportTopic => "Выберите тему поддержки",
        Field::FirstName => "Введите свое имя",
        Field::LastName => "Введите свою фамилию",
        Field::Email => "Введите свой адрес электронной почты",
        Field::Phone => "Введите номер телефона",
        Field::Country => "Выберите свою страну",
        Field::TimeZone => "Выберите свой часовой пояс",
        Field::SupportLanguage => "Выберите язык поддержки",
        Field::IssueType => "Выберите тип проблемы",
        Field::AzureSubscription => "Выберите подписку Azure",
        Field::AzureService => "Выберите службу, в которой возникла проблема",
        Field::ProblemType => "Выберите вид проблемы",
        Field::ProblemSubtype => "Выберите подвид проблемы",
        Field::ProblemStart => "Введите дату и время начала проблемы",
        Field::SupportPlan => "Выберите план поддержки",
        Field::OwnSupportPlanKind => "Выберите вид вашего плана поддержки",
        Field::OwnSupportPlanId => "Введите идентификатор плана поддержки",
        Field::Note => "Введите текст заметки",
        Field::AdvancedDiagnosticConsent => {
            "Выберите «Да», если Майкрософт может собирать расширенные диагностические сведения"
        }
        Field::Attachment => "Выберите файл",
    }
}

fn malformed_message(field: Field) -> &'static str {
    match field {
        Field::Email => "Введите адрес электронной почты в правильном формате, например name@example.com",
        Field::Phone => "Введите номер телефона из 7–15 цифр, например +7 495 123-45-67",
        Field::Severity => "Выберите серьезность: A, B или C",
        Field::ProblemStart => {
            "Введите и дату, и время начала проблемы или очистите поле, если не знаете"
        }
        Field::AzureSubscription => "Выберите подписку Azure из списка",
        Field::OwnSupportPlanId => {
            "Введите идентификатор плана поддержки так, как он указан в соглашении: от 6 до 10 цифр для контракта MPN, от 7 до 12 букв или цифр для Premier или GUID для плана поддержки Azure"
        }
        Field::SupportTopic => "Выберите тему поддержки для этой службы",
        Field::Country => "Выберите свою страну из списка",
        Field::TimeZone => "Выберите свой часовой пояс из списка",
        Field::SupportLanguage => "Выберите язык поддержки из списка",
        Field::IssueType => "Выберите тип проблемы из списка",
        Field::AzureService => "Выберите службу из списка",
        Field::ProblemType => "Выберите вид проблемы из списка",
        Field::ProblemSubtype => "Выберите подвид проблемы из списка",
        Field::SupportPlan => "Выберите план поддержки из списка",
        Field::OwnSupportPlanKind => "Выберите вид плана поддержки из списка",
        Field::AdvancedDiagnosticConsent => {
            "Выберите «Да» или «Нет» для расширенных диагностических сведений"
        }
        Field::Attachment => "Выберите другой файл",
        Field::Title | Field::Description | Field::FirstName | Field::LastName | Field::Note => {
            "Проверьте введенный текст"
        }
    }
}

fn field_error(error: &FieldError) -> String {
    match &error.reason {
        Reason::Missing => missing_message(error.field).to_owned(),
        Reason::TooLong { max } if error.field == Field::Attachment => RU.count(
            *max,
            &Plural::ru(
                "Слишком длинное имя файла: сократите его до {n} символа, затем выберите файл снова",
                "Слишком длинное имя файла: сократите его до {n} символов, затем выберите файл снова",
                "Слишком длинное имя файла: сократите его до {n} символов, затем выберите файл снова",
            ),
        ),
        Reason::TooLong { max } => RU.count(
            *max,
            &Plural::ru(
                "Поле «{label}» должно содержать не более {n} символа",
                "Поле «{label}» должно содержать не более {n} символов",
                "Поле «{label}» должно содержать не более {n} символов",
            ),
        )
        .replace("{label}", field_label(error.field)),
        Reason::Malformed => malformed_message(error.field).to_owned(),
        Reason::EmailAtCustomerDomain { domain } => {
            format!("Введите собственный адрес электронной почты, а не адрес в домене клиента ({domain})")
        }
        Reason::NotCloudSolutionProvider => {
            "Выберите план поддержки «Поставщик облачных решений»: это единственный план для запроса клиента".to_owned()
        }
        Reason::NeedsOwnSupportPlan => {
            "Выберите собственный план поддержки: план «Поставщик облачных решений» не распространяется на ваши собственные подписки".to_owned()
        }
        Reason::InFuture => "Дата начала проблемы должна быть в прошлом".to_owned(),
        Reason::FileTypeRefused { ending } => format!(
            "Выберите другой файл: файлы .{ending} — это программы или скрипты, Майкрософт их не принимает"
        ),
        Reason::FileTooLarge { size } => format!(
            "Выберите файл размером не более 5 МБ: размер этого файла {}",
            file_size(*size)
        ),
        Reason::FileEmpty => "Выберите другой файл: этот файл пуст".to_owned(),
        Reason::FileNotKept => {
            "Выберите файл снова: в сохраненном черновике остается только имя файла, а не сам файл".to_owned()
        }
    }
}

fn file_size(size: u64) -> String {
    crate::domain::attachment::size_in_units(size, ',', ["байт", "КБ", "МБ"])
}

fn changes_note(changes: &[AnswerChange]) -> String {
    let mut note = String::from("Изменено после подачи запроса:");
    for change in changes {
        note.push('\n');
        match change {
            AnswerChange::Title(title) => note.push_str(&format!("Заголовок: {title}")),
            AnswerChange::Severity(severity) => {
                note.push_str(&format!("Серьезность: {}", severity_label(*severity)))
            }
            AnswerChange::SupportTopic(topic) => note.push_str(&format!("Тема поддержки: {topic}")),
            AnswerChange::Contact { name, email } => {
                note.push_str(&format!("Контактное лицо: {name} ({email})"))
            }
            AnswerChange::Description(text) => note.push_str(&format!("Описание:\n{text}")),
        }
    }
    note
}

fn severity_label(s: Severity) -> String {
    format!(
        "{} – {}",
        s.letter(),
        match s {
            Severity::Critical => "сильное влияние",
            Severity::Moderate => "умеренное влияние",
            Severity::Minimal => "минимальное влияние",
        }
    )
}

/// The cities of the time zones the contact form offers (`domain::contact::time_zones`), as
/// Russian names them (CLDR's exemplar cities).
fn time_zone_city(zone: &str) -> Option<&'static str> {
    Some(match zone {
        "Pacific/Honolulu" => "Гонолулу",
        "America/Anchorage" => "Анкоридж",
        "America/Los_Angeles" => "Лос-Анджелес",
        "America/Denver" => "Денвер",
        "America/Phoenix" => "Финикс",
        "America/Chicago" => "Чикаго",
        "America/Mexico_City" => "Мехико",
        "America/New_York" => "Нью-Йорк",
        "America/Toronto" => "Торонто",
        "America/Bogota" => "Богота",
        "America/Santiago" => "Сантьяго",
        "America/Sao_Paulo" => "Сан-Паулу",
        "America/Argentina/Buenos_Aires" => "Буэнос-Айрес",
        "Atlantic/Reykjavik" => "Рейкьявик",
        "Europe/London" => "Лондон",
        "Europe/Dublin" => "Дублин",
        "Europe/Lisbon" => "Лиссабон",
        "Africa/Lagos" => "Лагос",
        "Europe/Amsterdam" => "Амстердам",
        "Europe/Berlin" => "Берлин",
        "Europe/Brussels" => "Брюссель",
        "Europe/Madrid" => "Мадрид",
        "Europe/Paris" => "Париж",
        "Europe/Rome" => "Рим",
        "Europe/Stockholm" => "Стокгольм",
        "Europe/Warsaw" => "Варшава",
        "Europe/Prague" => "Прага",
        "Africa/Johannesburg" => "Йоханнесбург",
        "Africa/Cairo" => "Каир",
        "Europe/Athens" => "Афины",
        "Europe/Bucharest" => "Бухарест",
        "Europe/Helsinki" => "Хельсинки",
        "Europe/Kyiv" => "Киев",
        "Asia/Jerusalem" => "Иерусалим",
        "Europe/Istanbul" => "Стамбул",
        "Europe/Moscow" => "Москва",
        "Asia/Riyadh" => "Эр-Рияд",
        "Asia/Dubai" => "Дубай",
        "Asia/Karachi" => "Карачи",
        "Asia/Tashkent" => "Ташкент",
        "Asia/Kolkata" => "Калькутта",
        "Asia/Almaty" => "Алматы",
        "Asia/Bangkok" => "Бангкок",
        "Asia/Jakarta" => "Джакарта",
        "Asia/Novosibirsk" => "Новосибирск",
        "Asia/Shanghai" => "Шанхай",
        "Asia/Hong_Kong" => "Гонконг",
        "Asia/Singapore" => "Сингапур",
        "Australia/Perth" => "Перт",
        "Asia/Tokyo" => "Токио",
        "Asia/Seoul" => "Сеул",
        "Australia/Brisbane" => "Брисбен",
        "Australia/Sydney" => "Сидней",
        "Asia/Vladivostok" => "Владивосток",
        "Pacific/Auckland" => "Окленд",
        _ => return None,
    })
}
