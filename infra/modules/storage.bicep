// The one Storage account: tables (responses, cases, figures), queues (work between functions),
// blobs (deployment package, models, rollups). Shared-key access is off: everything uses Entra identities.
param location string
param tags object
param name string

var deploymentContainerName = 'app-package'
var containers = [ deploymentContainerName, 'models', 'rollups' ]
var queues = [ 'comments-to-classify', 'cases-to-classify', 'email-outbox' ]
var tables = [
  'SurveyResponses', 'SurveyComments', 'Idempotency', 'Cases', 'CaseContacts', 'TrainingLabels'
  'EtiquetteTests', 'EtiquetteCoverage', 'EmailOutbox', 'SurveyInvitations', 'Rollups', 'SellerLeads'
]

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: { enabled: true, days: 14 }
  }
}

resource blobContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for container in containers: {
  parent: blobService
  name: container
  properties: { publicAccess: 'None' }
}]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

// Each queue and its poison queue exist before the first message, as the app also ensures at start.
resource storageQueues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [for queue in concat(queues, map(queues, q => '${q}-poison')): {
  parent: queueService
  name: queue
}]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource storageTables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for table in tables: {
  parent: tableService
  name: table
}]

output name string = account.name
output deploymentContainerName string = deploymentContainerName
output blobEndpoint string = account.properties.primaryEndpoints.blob
