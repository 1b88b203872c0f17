//! The Azure problem catalogue in Russian, by the catalogue's own (English) label, which is
//! also what the service is told. A label not listed here is shown as it is.

/// The Russian label of a catalogue label.
pub fn catalog_label(english: &'static str) -> &'static str {
    match english {
        "Virtual Machine running Windows" => "Виртуальная машина под управлением Windows",
        "Virtual Machine running Linux" => "Виртуальная машина под управлением Linux",
        "Cannot connect to my VM" => "Не удается подключиться к виртуальной машине",
        "Remote Desktop (RDP) connection fails" => {
            "Сбой подключения к удаленному рабочему столу (RDP)"
        }
        "Network connectivity to the VM" => "Сетевое подключение к виртуальной машине",
        "I need to reset my password" => "Нужно сбросить пароль",
        "VM start, stop or restart" => "Запуск, остановка или перезапуск виртуальной машины",
        "VM fails to start" => "Виртуальная машина не запускается",
        "VM restarted unexpectedly" => "Виртуальная машина неожиданно перезапустилась",
        "VM is stuck stopping or deallocating" => {
            "Виртуальная машина зависла при остановке или освобождении"
        }
        "VM performance" => "Производительность виртуальной машины",
        "High CPU usage" => "Высокая загрузка ЦП",
        "High memory usage" => "Высокое потребление памяти",
        "Slow disk reads or writes" => "Медленное чтение или запись на диск",
        "VM extensions and the VM agent" => "Расширения и агент виртуальной машины",
        "An extension fails to install" => "Не устанавливается расширение",
        "The VM agent is not ready" => "Агент виртуальной машины не готов",
        "SSH connection fails" => "Сбой подключения по SSH",
        "I need to reset my password or SSH key" => "Нужно сбросить пароль или ключ SSH",
        "VM fails to boot (kernel panic, file system)" => {
            "Виртуальная машина не загружается (сбой ядра, файловая система)"
        }
        "App Service (Web Apps)" => "Служба приложений (веб-приложения)",
        "Availability and performance" => "Доступность и производительность",
        "HTTP 5xx errors" => "Ошибки HTTP 5xx",
        "The app is down or not responding" => "Приложение не работает или не отвечает",
        "Slow responses" => "Медленные ответы",
        "Deployment" => "Развертывание",
        "ZIP or package deployment fails" => "Сбой развертывания ZIP-архива или пакета",
        "Git or GitHub Actions deployment fails" => "Сбой развертывания из Git или GitHub Actions",
        "Deployment slots and swaps" => "Слоты развертывания и переключение",
        "Custom domains and certificates" => "Личные домены и сертификаты",
        "Adding a custom domain" => "Добавление личного домена",
        "TLS/SSL certificate binding" => "Привязка сертификата TLS/SSL",
        "Azure SQL Database" => "База данных SQL Azure",
        "Connectivity" => "Подключение",
        "Login failed" => "Ошибка входа",
        "Connection timeouts" => "Истечение времени ожидания подключения",
        "Firewall rules" => "Правила брандмауэра",
        "Query performance" => "Производительность запросов",
        "Slow queries" => "Медленные запросы",
        "DTU or vCore limits reached" => "Достигнуты ограничения DTU или виртуальных ядер",
        "Backup and restore" => "Резервное копирование и восстановление",
        "Point-in-time restore" => "Восстановление на момент времени",
        "Geo-restore" => "Геовосстановление",
        "Restore a deleted database" => "Восстановление удаленной базы данных",
        "Storage Account" => "Учетная запись хранения",
        "Blob storage" => "Хранилище BLOB-объектов",
        "Cannot read or write blobs" => "Не удается прочитать или записать BLOB-объекты",
        "Recover deleted data" => "Восстановление удаленных данных",
        "Azure Files" => "Файлы Azure",
        "A file share fails to mount" => "Не подключается общая папка",
        "Slow file share" => "Медленная общая папка",
        "Authentication and access" => "Проверка подлинности и доступ",
        "Shared access signatures (SAS)" => "Подписанные URL-адреса (SAS)",
        "Firewalls and virtual networks" => "Брандмауэры и виртуальные сети",
        "Access keys" => "Ключи доступа",
        "Virtual Network" => "Виртуальная сеть",
        "Between VMs in Azure" => "Между виртуальными машинами в Azure",
        "Virtual network peering" => "Пиринг виртуальных сетей",
        "To or from the internet" => "В Интернет или из Интернета",
        "VPN Gateway" => "VPN-шлюз",
        "Site-to-site tunnel is down" => "Туннель типа «сеть — сеть» не работает",
        "Point-to-site clients cannot connect" => {
            "Клиенты типа «точка — сеть» не могут подключиться"
        }
        "DNS" => "DNS",
        "Custom DNS servers" => "Собственные DNS-серверы",
        "Private DNS zones" => "Частные зоны DNS",
        "Azure Kubernetes Service (AKS)" => "Служба Azure Kubernetes (AKS)",
        "Cluster creation and upgrade" => "Создание и обновление кластера",
        "Cluster creation fails" => "Не удается создать кластер",
        "Upgrade fails or is stuck" => "Обновление завершается сбоем или зависает",
        "Nodes and node pools" => "Узлы и пулы узлов",
        "Nodes are not ready" => "Узлы не готовы",
        "Scaling or autoscaler" => "Масштабирование или автомасштабирование",
        "Networking" => "Сеть",
        "Ingress and load balancers" => "Входящий трафик и подсистемы балансировки нагрузки",
        "Name resolution inside the cluster" => "Разрешение имен внутри кластера",
        "Outbound connectivity" => "Исходящие подключения",
        "Azure Backup" => "Служба архивации Azure",
        "Azure VM backup" => "Архивация виртуальных машин Azure",
        "Backup job fails" => "Сбой задания архивации",
        "Backup is slow" => "Архивация идет медленно",
        "Restore" => "Восстановление",
        "Restore fails" => "Сбой восстановления",
        "Recover individual files" => "Восстановление отдельных файлов",
        "Azure Backup agent (MARS)" => "Агент службы архивации Azure (MARS)",
        "Registering the agent with the vault" => "Регистрация агента в хранилище",
        "Agent backup job fails" => "Сбой задания архивации агента",
        "Questions about an invoice" => "Вопросы по счету",
        "Unexpected charges" => "Непредвиденные расходы",
        "Getting a copy of an invoice" => "Получение копии счета",
        "Refund request" => "Запрос на возврат средств",
        "Refund for a service outage" => "Возврат средств за сбой службы",
        "Refund for resources deployed by mistake" => {
            "Возврат средств за ресурсы, развернутые по ошибке"
        }
        "Subscription is disabled or suspended" => "Подписка отключена или приостановлена",
        "Reactivate the subscription" => "Повторная активация подписки",
        "Why the subscription was disabled" => "Почему подписка отключена",
        "Move or transfer" => "Перемещение или передача",
        "Move the subscription to another directory" => "Перемещение подписки в другой каталог",
        "Move resources between subscriptions" => "Перемещение ресурсов между подписками",
        "Compute-VM (cores-vCPUs) subscription limit increases" => {
            "Увеличение ограничений подписки на вычислительные ресурсы (ядра и виртуальные ЦП)"
        }
        "Total regional vCPUs" => "Всего виртуальных ЦП в регионе",
        "vCPUs of one VM series" => "Виртуальные ЦП одной серии виртуальных машин",
        "Spot vCPUs" => "Точечные виртуальные ЦП",
        "Storage: Azure Storage accounts per region" => {
            "Хранилище: учетные записи хранения Azure в регионе"
        }
        "Public IP addresses" => "Общедоступные IP-адреса",
        "Virtual networks" => "Виртуальные сети",
        "Credits and offers" => "Кредиты и предложения",
        "Cost management and budgets" => "Управление затратами и бюджеты",
        "Cancel the subscription" => "Отмена подписки",
        "Rename the subscription" => "Переименование подписки",
        "SQL Database" => "База данных SQL",
        "App Service" => "Служба приложений",
        other => other,
    }
}
