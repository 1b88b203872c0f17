use crate::i18n::{CustomerStrings, Locale, Plural};

const RU: Locale = Locale::Russian;

pub const CUSTOMERS: CustomerStrings = CustomerStrings {
    customers_title: "Клиенты",
    customers_lead: "Выберите клиента, у которого возникла проблема со службой. Вы подаёте запрос на обслуживание в Майкрософт от имени клиента.",
    loading_customers: "Загрузка списка клиентов…",
    loading_customers_so_far: |so_far, total| match total {
        Some(total) => format!(
            "Загрузка списка клиентов… получено {} из {}",
            RU.number(so_far),
            RU.number(total)
        ),
        None => format!("Загрузка списка клиентов… получено {}", RU.number(so_far)),
    },
    customers_read_in_part: |so_far, total| match (so_far, total) {
        (0, _) => "Список клиентов получить не удалось, поэтому доступна только ваша организация.".to_owned(),
        (so_far, Some(total)) => format!(
            "Список клиентов получен не полностью (получено {} из {}): поиск идёт по ним.",
            RU.number(so_far),
            RU.number(total)
        ),
        (so_far, None) => format!(
            "Список клиентов получен не полностью (получено {}): поиск идёт по ним.",
            RU.number(so_far)
        ),
    },
    no_customers_title: "У вас пока нет клиентов",
    no_customers_body: "Здесь появятся клиенты, которых вы добавите в Центре партнеров. Запрос о собственных подписках можно подать и сейчас.",
    recent_heading: "Недавно открытые",

    picker_label: "Найти клиента",
    picker_hint: "Введите название компании, домен или идентификатор клиента. Выберите клиента стрелками и клавишей ВВОД или щелчком.",
    picker_listbox_label: "Клиенты",
    own_organization_option: "Моя организация: собственные подписки",
    own_organization_meta: "Ваш собственный план поддержки",
    customers_match: |n| match n {
        0 => "Подходящих клиентов нет".to_owned(),
        n => RU.count(
            n,
            &Plural::ru(
                "Найден {n} клиент",
                "Найдено {n} клиента",
                "Найдено {n} клиентов",
            ),
        ),
    },
    showing_window: |shown, total| {
        format!(
            "Показано {} из {} – уточните запрос",
            RU.number(shown),
            RU.number(total)
        )
    },
    no_match: |query| {
        format!("Нет клиентов по запросу «{query}». Проверьте написание или ищите по домену либо идентификатору клиента.")
    },
    cloud_germany: "Облако Microsoft для Германии",

};
