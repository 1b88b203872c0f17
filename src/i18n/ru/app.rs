use crate::backend::BackendError;
use crate::i18n::{AppStrings, Locale, Plural};

pub const APP: AppStrings = AppStrings {
    product_name: "Служба поддержки партнеров",
    skip_to_content: "Перейти к основному содержимому",
    main_navigation: "Меню",
    nav_customers: "Клиенты",
    nav_service_requests: "Запросы на обслуживание",
    nav_help: "Справка",
    nav_profile: "Ваш профиль",
    breadcrumbs: "Навигационная цепочка",
    footer_note: "Запросы на обслуживание Azure, Office 365, Dynamics CRM Online и Enterprise Mobility Suite, которые вы подаёте в Майкрософт от имени своих клиентов.",
    loading: "Загрузка…",
    retry: "Повторить",
    sign_in_again: "Войти снова",
    opens_in_new_tab: " (откроется в новой вкладке)",
    error_prefix: "Ошибка: ",
    language_label: "Язык",
    backend_error,
    retrying: |r| {
        if r.busy {
            format!("Служба Майкрософт занята. Повторная попытка ({} из {})…", r.attempt, r.of)
        } else {
            format!("Служба не ответила вовремя. Повторная попытка ({} из {})…", r.attempt, r.of)
        }
    },

    config_error_title: "Приложение не удалось запустить",
    config_error_intro: "В файле конфигурации есть ошибка:",
    config_error_action: "Тот, кто развернул этот сайт, должен исправить config.json рядом с index.html, а затем перезагрузить страницу. Каждый параметр описан в README.",

    not_found_title: "Страница не найдена",
    not_found_body: "По этому адресу нет страницы. Если вы ввели его вручную, проверьте его; если вы перешли по ссылке, она могла устареть.",
    not_found_link: "К списку клиентов",
    load_failed_title: "Не удалось загрузить",
    update_available: "Доступна новая версия. Перезагрузите страницу, чтобы перейти на неё; введённые данные сохранятся.",
    update_reload: "Перезагрузить",
    not_configured: "Приложение не настроено для связи со службой: оно запущено без серверной части. Тому, кто его развернул, нужно проверить config.json и сборку; перезагрузка не поможет.",
    screen_load_failed: "Код этой страницы не загрузился или не совпадает с кодом, с которым собрана эта версия приложения, поэтому он не был запущен. Проверьте подключение и повторите попытку; если это повторяется, сообщите тому, кто обслуживает сайт.",
};

fn backend_error(error: &BackendError) -> String {
    match error {
        BackendError::Network => "Не удалось связаться со службой. Проверьте подключение и повторите попытку.".into(),
        BackendError::Timeout => "Служба слишком долго не отвечала. Повторите попытку.".into(),
        BackendError::Unauthorized => {
            "Вы не вошли в систему или срок действия входа истек. Войдите снова и повторите попытку.".into()
        }
        BackendError::Forbidden => "Вашей учетной записи это действие запрещено. Попросите администратора предоставить доступ в Центре партнеров.".into(),
        BackendError::NotFound => "Элемент не найден. Возможно, он удален; вернитесь назад и выберите его снова.".into(),
        BackendError::Conflict => "Это уже сделано. Обновите страницу, чтобы увидеть текущее состояние.".into(),
        BackendError::AlreadyFiled { request_id } => format!("Эти ответы уже поданы как запрос {request_id}."),
        BackendError::Busy { retry_after_secs, .. } => match retry_after_secs {
            Some(secs) if *secs > 1 => Locale::Russian.count(
                *secs as usize,
                &Plural::ru(
                    "Служба Майкрософт занята. Повторите попытку через {n} секунду.",
                    "Служба Майкрософт занята. Повторите попытку через {n} секунды.",
                    "Служба Майкрософт занята. Повторите попытку через {n} секунд.",
                ),
            ),
            Some(_) => "Служба Майкрософт занята. Повторите попытку через секунду.".into(),
            None => "Служба Майкрософт занята. Повторите попытку через минуту.".into(),
        },
        BackendError::BadRequest { message } if message.trim().is_empty() => {
            "Служба не приняла запрос. Проверьте ответы и повторите попытку.".into()
        }
        BackendError::BadRequest { message } => {
            format!("Служба не приняла запрос: {message}")
        }
        BackendError::Server { .. } => "В службе произошла ошибка. Повторите попытку; если ошибка повторяется, сообщите администратору.".into(),
        BackendError::Unreadable(_) => "Не удалось прочитать ответ сервера. Повторите попытку; если ошибка повторяется, сообщите администратору.".into(),
    }
}
