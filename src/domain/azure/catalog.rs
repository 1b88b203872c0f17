//! The problem classifications the Azure "New support request" form offers: per service for
//! technical issues, and one list each for billing, subscription management and quotas.
//! Ids are this desk's own stable slugs; a backend adapter maps them to Azure's GUIDs.

use super::{AzureService, IssueType, ProblemType};

/// The Azure services a technical request can be about, in the order the picker lists them.
pub fn azure_services() -> &'static [AzureService] {
    SERVICES
}

/// A service by id (exact, as stored in forms).
pub fn azure_service(id: &str) -> Option<&'static AzureService> {
    SERVICES.iter().find(|s| s.id == id)
}

/// The problem types for an issue type. Technical ones depend on the service (none for an
/// unknown or missing service); the others ignore it.
pub fn problem_types_for(
    issue_type: IssueType,
    service_id: Option<&str>,
) -> &'static [ProblemType] {
    match issue_type {
        IssueType::Technical => service_id
            .and_then(azure_service)
            .map_or(&[], |service| service.problem_types),
        IssueType::Billing => BILLING,
        IssueType::SubscriptionManagement => SUBSCRIPTION_MANAGEMENT,
        IssueType::ServiceAndSubscriptionLimits => QUOTAS,
    }
}

/// A problem type by id within [`problem_types_for`].
pub fn find_problem_type(
    issue_type: IssueType,
    service_id: Option<&str>,
    problem_type_id: &str,
) -> Option<&'static ProblemType> {
    problem_types_for(issue_type, service_id)
        .iter()
        .find(|p| p.id == problem_type_id)
}

const fn problem(
    id: &'static str,
    name: &'static str,
    subtypes: &'static [(&'static str, &'static str)],
) -> ProblemType {
    ProblemType { id, name, subtypes }
}

const VM_PERFORMANCE: ProblemType = problem(
    "performance",
    "VM performance",
    &[
        ("high-cpu", "High CPU usage"),
        ("high-memory", "High memory usage"),
        ("slow-disk", "Slow disk reads or writes"),
    ],
);

const SERVICES: &[AzureService] = &[
    AzureService {
        id: "virtual-machine-windows",
        name: "Virtual Machine running Windows",
        problem_types: &[
            problem(
                "cannot-connect",
                "Cannot connect to my VM",
                &[
                    ("rdp", "Remote Desktop (RDP) connection fails"),
                    ("network", "Network connectivity to the VM"),
                    ("password-reset", "I need to reset my password"),
                ],
            ),
            problem(
                "start-stop",
                "VM start, stop or restart",
                &[
                    ("fails-to-start", "VM fails to start"),
                    ("unexpected-restart", "VM restarted unexpectedly"),
                    ("stuck-stopping", "VM is stuck stopping or deallocating"),
                ],
            ),
            VM_PERFORMANCE,
            problem(
                "extensions",
                "VM extensions and the VM agent",
                &[
                    ("install-fails", "An extension fails to install"),
                    ("agent-not-ready", "The VM agent is not ready"),
                ],
            ),
        ],
    },
    AzureService {
        id: "virtual-machine-linux",
        name: "Virtual Machine running Linux",
        problem_types: &[
            problem(
                "cannot-connect",
                "Cannot connect to my VM",
                &[
                    ("ssh", "SSH connection fails"),
                    ("network", "Network connectivity to the VM"),
                    ("password-reset", "I need to reset my password or SSH key"),
                ],
            ),
            problem(
                "start-stop",
                "VM start, stop or restart",
                &[
                    (
                        "fails-to-boot",
                        "VM fails to boot (kernel panic, file system)",
                    ),
                    ("unexpected-restart", "VM restarted unexpectedly"),
                ],
            ),
            VM_PERFORMANCE,
        ],
    },
    AzureService {
        id: "app-service-web-apps",
        name: "App Service (Web Apps)",
        problem_types: &[
            problem(
                "availability",
                "Availability and performance",
                &[
                    ("http-5xx", "HTTP 5xx errors"),
                    ("app-down", "The app is down or not responding"),
                    ("slow-responses", "Slow responses"),
                ],
            ),
            problem(
                "deployment",
                "Deployment",
                &[
                    ("zip-deploy", "ZIP or package deployment fails"),
                    ("git-deploy", "Git or GitHub Actions deployment fails"),
                    ("slots", "Deployment slots and swaps"),
                ],
            ),
            problem(
                "domains-certificates",
                "Custom domains and certificates",
                &[
                    ("custom-domain", "Adding a custom domain"),
                    ("tls-certificate", "TLS/SSL certificate binding"),
                ],
            ),
        ],
    },
    AzureService {
        id: "sql-database",
        name: "Azure SQL Database",
        problem_types: &[
            problem(
                "connectivity",
                "Connectivity",
                &[
                    ("login-failed", "Login failed"),
                    ("timeouts", "Connection timeouts"),
                    ("firewall", "Firewall rules"),
                ],
            ),
            problem(
                "performance",
                "Query performance",
                &[
                    ("slow-queries", "Slow queries"),
                    ("resource-limits", "DTU or vCore limits reached"),
                ],
            ),
            problem(
                "backup-restore",
                "Backup and restore",
                &[
                    ("point-in-time", "Point-in-time restore"),
                    ("geo-restore", "Geo-restore"),
                    ("deleted-database", "Restore a deleted database"),
                ],
            ),
        ],
    },
    AzureService {
        id: "storage-account",
        name: "Storage Account",
        problem_types: &[
            problem(
                "blob",
                "Blob storage",
                &[
                    ("cannot-access", "Cannot read or write blobs"),
                    ("data-recovery", "Recover deleted data"),
                ],
            ),
            problem(
                "files",
                "Azure Files",
                &[
                    ("mount-fails", "A file share fails to mount"),
                    ("slow-share", "Slow file share"),
                ],
            ),
            problem(
                "access",
                "Authentication and access",
                &[
                    ("sas", "Shared access signatures (SAS)"),
                    ("firewall", "Firewalls and virtual networks"),
                    ("keys", "Access keys"),
                ],
            ),
        ],
    },
    AzureService {
        id: "virtual-network",
        name: "Virtual Network",
        problem_types: &[
            problem(
                "connectivity",
                "Connectivity",
                &[
                    ("vm-to-vm", "Between VMs in Azure"),
                    ("peering", "Virtual network peering"),
                    ("internet", "To or from the internet"),
                ],
            ),
            problem(
                "vpn-gateway",
                "VPN Gateway",
                &[
                    ("tunnel-down", "Site-to-site tunnel is down"),
                    ("point-to-site", "Point-to-site clients cannot connect"),
                ],
            ),
            problem(
                "dns",
                "DNS",
                &[
                    ("custom-dns", "Custom DNS servers"),
                    ("private-dns", "Private DNS zones"),
                ],
            ),
        ],
    },
    AzureService {
        id: "kubernetes-service",
        name: "Azure Kubernetes Service (AKS)",
        problem_types: &[
            problem(
                "create-upgrade",
                "Cluster creation and upgrade",
                &[
                    ("create-fails", "Cluster creation fails"),
                    ("upgrade-fails", "Upgrade fails or is stuck"),
                ],
            ),
            problem(
                "nodes",
                "Nodes and node pools",
                &[
                    ("not-ready", "Nodes are not ready"),
                    ("scaling", "Scaling or autoscaler"),
                ],
            ),
            problem(
                "networking",
                "Networking",
                &[
                    ("ingress", "Ingress and load balancers"),
                    ("dns", "Name resolution inside the cluster"),
                    ("egress", "Outbound connectivity"),
                ],
            ),
        ],
    },
    AzureService {
        id: "backup",
        name: "Azure Backup",
        problem_types: &[
            problem(
                "vm-backup",
                "Azure VM backup",
                &[
                    ("job-fails", "Backup job fails"),
                    ("slow", "Backup is slow"),
                ],
            ),
            problem(
                "restore",
                "Restore",
                &[
                    ("restore-fails", "Restore fails"),
                    ("file-recovery", "Recover individual files"),
                ],
            ),
            problem(
                "mars-agent",
                "Azure Backup agent (MARS)",
                &[
                    ("registration", "Registering the agent with the vault"),
                    ("agent-job-fails", "Agent backup job fails"),
                ],
            ),
        ],
    },
];

const BILLING: &[ProblemType] = &[
    problem(
        "invoice",
        "Questions about an invoice",
        &[
            ("unexpected-charges", "Unexpected charges"),
            ("invoice-copy", "Getting a copy of an invoice"),
        ],
    ),
    problem(
        "refund",
        "Refund request",
        &[
            ("service-outage", "Refund for a service outage"),
            (
                "accidental-deployment",
                "Refund for resources deployed by mistake",
            ),
        ],
    ),
    problem("credits", "Credits and offers", &[]),
    problem("cost-management", "Cost management and budgets", &[]),
];

const SUBSCRIPTION_MANAGEMENT: &[ProblemType] = &[
    problem(
        "disabled",
        "Subscription is disabled or suspended",
        &[
            ("reactivate", "Reactivate the subscription"),
            ("why-disabled", "Why the subscription was disabled"),
        ],
    ),
    problem(
        "transfer",
        "Move or transfer",
        &[
            (
                "change-directory",
                "Move the subscription to another directory",
            ),
            ("move-resources", "Move resources between subscriptions"),
        ],
    ),
    problem("cancel", "Cancel the subscription", &[]),
    problem("rename", "Rename the subscription", &[]),
];

const QUOTAS: &[ProblemType] = &[
    problem(
        "compute-vcpu",
        "Compute-VM (cores-vCPUs) subscription limit increases",
        &[
            ("regional", "Total regional vCPUs"),
            ("vm-series", "vCPUs of one VM series"),
            ("spot", "Spot vCPUs"),
        ],
    ),
    problem(
        "storage-accounts",
        "Storage: Azure Storage accounts per region",
        &[],
    ),
    problem(
        "networking",
        "Networking",
        &[
            ("public-ip", "Public IP addresses"),
            ("vnets", "Virtual networks"),
        ],
    ),
    problem("sql-database", "SQL Database", &[]),
    problem("app-service", "App Service", &[]),
];
