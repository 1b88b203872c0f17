use crate::domain::service_request::RequestStatus;
use crate::domain::severity::Severity;
use crate::i18n::{Locale, Plural, RequestStrings};

const RU: Locale = Locale::Russian;

pub const REQUESTS: RequestStrings = RequestStrings {
    service_requests_title: "Запросы на обслуживание",
    customer_requests_title: "Запросы на обслуживание клиента",
    request_detail_title: "Запрос на обслуживание",
    profile_title: "Ваш профиль",

    severity_name: |s| match s {
        Severity::Critical => "A – сильное влияние",
        Severity::Moderate => "B – умеренное влияние",
        Severity::Minimal => "C – минимальное влияние",
    },
    status_name: |s| match s {
        RequestStatus::Open => "Открыт",
        RequestStatus::Closed => "Закрыт",
        RequestStatus::AttentionNeeded => "Требует внимания",
        RequestStatus::None => "Неизвестно",
    },
    title_label: "Заголовок",
    customer_label: "Клиент",
    severity_label: "Серьезность",
    status_label: "Состояние",

    customer_requests_page_title: |company| format!("{company} – запросы на обслуживание"),
    all_requests_intro: "Все запросы, которые вы подали в Майкрософт, по всем клиентам и по вашей организации.",
    customer_requests_intro: |company| format!("Запросы, поданные в Майкрософт от имени клиента {company}."),
    new_request: "Новый запрос на обслуживание",
    new_request_hint: "В управлении службами выберите службу, с которой возникла проблема.",
    back_to_service_management: "Назад к управлению службами",

    filters_label: "Фильтр запросов на обслуживание",
    filter_status: "Состояние",
    status_any: "Любое состояние",
    filter_severity: "Серьезность",
    severity_any: "Любая серьезность",
    filter_service: "Служба",
    service_any: "Любая служба",
    search_label: "Поиск",
    search_hint: "Заголовок, номер запроса, клиент или тема",
    sort_label: "Сортировка",
    sort_newest: "Сначала недавно изменённые",
    sort_oldest: "Сначала давно изменённые",
    clear_filters: "Сбросить фильтры",
    results_count: |shown, total| {
        if shown == total {
            RU.count(
                total,
                &Plural::ru(
                    "{n} запрос на обслуживание",
                    "{n} запроса на обслуживание",
                    "{n} запросов на обслуживание",
                ),
            )
        } else {
            RU.count(
                shown,
                &Plural::ru("Подходит {n}", "Подходят {n}", "Подходят {n}"),
            ) + &RU.count(
                total,
                &Plural::ru(
                    " из {n} запроса на обслуживание",
                    " из {n} запросов на обслуживание",
                    " из {n} запросов на обслуживание",
                ),
            )
        }
    },
    listed_of: |listed, matching| {
        RU.count(
            listed,
            &Plural::ru("Показан первый {n}", "Показаны первые {n}", "Показаны первые {n}"),
        ) + " из "
            + &RU.number(matching)
    },
    show_more: |n| {
        RU.count(
            n,
            &Plural::ru(
                "Показать ещё {n} запрос",
                "Показать ещё {n} запроса",
                "Показать ещё {n} запросов",
            ),
        )
    },
    empty_title: "Запросов на обслуживание пока нет",
    empty_body: "Здесь появятся запросы, которые вы подадите в Майкрософт. Чтобы подать запрос, откройте клиента и выберите службу, с которой возникла проблема.",
    customer_empty_body: "Здесь появятся запросы, которые вы подадите для этого клиента. Чтобы подать запрос, выберите «Новый запрос на обслуживание».",
    no_match_title: "Нет запросов, подходящих под фильтры",
    no_match_body: "Измените фильтры или условия поиска либо сбросьте их, чтобы увидеть все запросы.",

    column_request: "Запрос",
    column_service: "Служба",
    column_updated: "Последнее изменение",
    not_recorded: "Не указано",
    open_request: |id, title| format!("Запрос {id}: {title}"),

    detail_page_title: |title| format!("{title} – запрос на обслуживание"),
    request_number: "Номер запроса",
    service_label: "Служба",
    topic_label: "Тема поддержки",
    created_label: "Создан",
    modified_label: "Последнее изменение",
    closed_label: "Закрыт",
    contact_label: "Основное контактное лицо",
    attachments_label: "Вложение",
    file_named: |name, size| {
        format!("{name} ({})", crate::domain::attachment::size_in_units(size, ',', ["байт", "КБ", "МБ"]))
    },
    description_heading: "Описание",
    notes_heading: |n| format!("Заметки ({})", RU.number(n)),
    no_notes: "Заметок пока нет.",
    note_author_unknown: "Автор не указан",
    add_note_heading: "Добавить заметку",
    note_hint: "Ее прочитает инженер службы поддержки Майкрософт. Ответьте на его вопросы или добавьте то, что вы узнали с тех пор.",
    add_note_button: "Добавить заметку",
    adding_note: "Добавление заметки…",
    note_added: "Заметка добавлена",
    note_failed: "Заметка не добавлена",
    note_failed_hint: "Ваш текст остался в поле. Повторите попытку, когда будете готовы: заметка будет добавлена один раз.",
    note_unknown_title: "Не удалось узнать, добавлена ли заметка",
    note_unknown_hint: "Ваш текст остался в поле. Повторите попытку, чтобы узнать: если у Майкрософт уже есть эта заметка, она не будет добавлена второй раз.",
    note_already_added: "Заметка с другим текстом, отправленная с этой страницы ранее, уже добавлена к запросу. Перезагрузите страницу, чтобы увидеть заметки в том виде, в каком они есть у Майкрософт.",
    closed_notice: "Этот запрос закрыт. Чтобы продолжить работу, создайте новый запрос.",
    closed_new_request: "Создать новый запрос",
    attention_notice: "Майкрософт ждет вашего ответа. Добавьте заметку с запрошенными сведениями.",

    profile_intro: "Ваши собственные контактные данные, которые формы запросов заполняют за вас. Майкрософт работает по каждому запросу с вами, партнером, поэтому укажите здесь свои данные, а не данные клиента.",
    profile_storage_note: "Ваши данные хранятся только в этом браузере. Они передаются в Майкрософт только вместе с поданным запросом; в других браузерах и на других устройствах их нет.",
    save_details: "Сохранить данные",
    details_saved: "Ваши данные сохранены",
    save_refused_title: "Браузер не сохранил ваши данные",
    save_refused_body: "Возможно, он блокирует хранилище для этого сайта (как в режиме инкогнито) или в нем нет места. Данные будут использоваться, пока открыта эта вкладка; чтобы сохранить их, разрешите хранилище для этого сайта и сохраните еще раз.",
    clear_details: "Удалить сохраненные данные",
    clear_details_hint: "Удаляет ваши данные из этого браузера. В уже поданных запросах они останутся.",
    details_cleared: "Сохраненные данные удалены",
};
