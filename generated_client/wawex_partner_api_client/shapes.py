"""The shape of every generated model and of every operation's documented answers.

Read by the overlay's tolerant reader (wawex_partner_api.answers). Written by generator/shapes.py on every
regeneration; not to be edited by hand.
"""

from typing import Any, Final

MODELS: Final[dict[str, tuple[str, tuple[tuple[str, str, bool, Any], ...], Any]]] = {
    'AcceptQuoteData': (
        'accept_quote_data',
        (
            ('quote_id', 'quoteId', True, 'uuid'),
            ('external_id', 'externalId', True, 'str'),
            ('wallet_customer_product_id', 'walletCustomerProductId', True, 'uuid'),
            ('cash_customer_product_id', 'cashCustomerProductId', True, 'uuid'),
        ),
        'open',
    ),
    'AcceptQuoteResponse400': (
        'accept_quote_response_400',
        (
        ),
        'open',
    ),
    'AcceptQuoteResponse409': (
        'accept_quote_response_409',
        (
        ),
        'open',
    ),
    'AccountData': (
        'account_data',
        (
            ('iban', 'iban', False, 'str'),
            ('bic', 'bic', False, 'str'),
            ('available_balance', 'availableBalance', False, 'float'),
            ('withdrawable_balance', 'withdrawableBalance', False, 'float'),
            ('modified_on', 'modifiedOn', False, 'str'),
        ),
        'open',
    ),
    'Address': (
        'address',
        (
            ('street', 'street', False, 'str'),
            ('street_number', 'streetNumber', False, 'str'),
            ('city', 'city', False, 'str'),
            ('zip_', 'zip', False, 'str'),
            ('country', 'country', False, 'str'),
            ('additional_info', 'additionalInfo', False, 'str'),
        ),
        'open',
    ),
    'AssetCostInfo': (
        'asset_cost_info',
        (
            ('isin', 'isin', False, 'str'),
            ('type_', 'type', False, 'str'),
            ('name', 'name', False, 'str'),
        ),
        'open',
    ),
    'AuthenticationResponse': (
        'authentication_response',
        (
            ('access_token', 'access_token', True, 'str'),
            ('expires_in', 'expires_in', True, 'int'),
            ('token_type', 'token_type', True, 'str'),
        ),
        'open',
    ),
    'AuthorizationRequest': (
        'authorization_request',
        (
            ('client_id', 'client_id', True, 'str'),
            ('client_secret', 'client_secret', True, 'str'),
            ('grant_type', 'grant_type', True, 'str'),
        ),
        'open',
    ),
    'BankData': (
        'bank_data',
        (
            ('bic', 'bic', False, 'str'),
            ('bank', 'bank', False, 'str'),
            ('bank_code', 'bank_code', False, 'str'),
            ('country', 'country', False, 'str'),
            ('country_iso', 'country_iso', False, 'str'),
        ),
        'open',
    ),
    'BeneficialOwnerData': (
        'beneficial_owner_data',
        (
            ('first_name', 'firstName', True, 'str'),
            ('last_name', 'lastName', True, 'str'),
            ('birth_day', 'birthDay', True, 'date'),
            ('birth_place', 'birthPlace', True, 'str'),
            ('birth_country', 'birthCountry', True, 'str'),
            ('is_us_nationality', 'isUsNationality', True, 'bool'),
            ('ubo_relationship', 'uboRelationship', True, ('enum', 'BeneficialOwnerDataUboRelationship')),
            ('share', 'share', True, 'float'),
            ('voting_rights', 'votingRights', True, 'float'),
            ('tax_details', 'taxDetails', False, ('list', ('model', 'TaxDetails'))),
            ('main_address', 'mainAddress', False, ('model', 'Address')),
            ('nationalities', 'nationalities', False, ('list', 'str')),
            ('fatca_controlling_person', 'fatcaControllingPerson', False, 'bool'),
        ),
        'open',
    ),
    'CancelOrderResponse400': (
        'cancel_order_response_400',
        (
        ),
        'open',
    ),
    'CancelOrderResponse404': (
        'cancel_order_response_404',
        (
        ),
        'open',
    ),
    'CancelOrderWawexResponse200': (
        'cancel_order_wawex_response_200',
        (
        ),
        'open',
    ),
    'Changelog': (
        'changelog',
        (
            ('item_type', 'itemType', False, 'str'),
            ('entry_id', 'entryId', False, 'str'),
            ('item_id', 'itemId', False, 'str'),
            ('created_on', 'createdOn', False, 'str'),
            ('changes', 'changes', False, ('list', ('model', 'ChangelogChange'))),
            ('source', 'source', False, 'str'),
        ),
        'open',
    ),
    'ChangelogChange': (
        'changelog_change',
        (
            ('type_', 'type', False, 'str'),
            ('path', 'path', False, 'str'),
            ('old_value', 'oldValue', False, 'str'),
            ('value', 'value', False, 'str'),
        ),
        'open',
    ),
    'Changelogs': (
        'changelogs',
        (
            ('data', 'data', False, ('list', ('model', 'Changelog'))),
            ('pagination', 'pagination', False, ('model', 'Pagination')),
        ),
        'open',
    ),
    'ConnectTokenRequest': (
        'connect_token_request',
        (
            ('grant_type', 'grant_type', False, 'str'),
            ('client_id', 'client_id', False, 'str'),
            ('client_secret', 'client_secret', False, 'str'),
            ('scope', 'scope', False, 'str'),
        ),
        'open',
    ),
    'ConnectTokenResponse': (
        'connect_token_response',
        (
            ('access_token', 'access_token', False, 'str'),
            ('token_type', 'token_type', False, 'str'),
            ('expires_in', 'expires_in', False, 'int'),
        ),
        'open',
    ),
    'Contact': (
        'contact',
        (
            ('phone', 'phone', False, 'str'),
            ('email', 'email', False, 'str'),
            ('fax', 'fax', False, 'str'),
            ('website', 'website', False, 'str'),
        ),
        'open',
    ),
    'CorporateAction': (
        'corporate_action',
        (
            ('corporate_action_id', 'corporateActionId', True, 'uuid'),
            ('corporate_action_event_type', 'corporateActionEventType', True, ('enum', 'CorporateActionEventTypeEnum')),
            ('isin', 'isin', True, 'str'),
            ('status', 'status', True, ('enum', 'CorporateActionStatusEnum')),
            ('dates', 'dates', True, ('model', 'CorporateActionDates')),
            ('details', 'details', True, ('model', 'CorporateActionDetails')),
            ('customer', 'customer', True, ('model', 'CorporateActionCustomer')),
        ),
        'open',
    ),
    'CorporateActionCustomer': (
        'corporate_action_customer',
        (
        ),
        'open',
    ),
    'CorporateActionDates': (
        'corporate_action_dates',
        (
            ('ex_date', 'exDate', False, 'datetime'),
            ('payment_date', 'paymentDate', False, 'str'),
        ),
        'open',
    ),
    'CorporateActionDetails': (
        'corporate_action_details',
        (
        ),
        'open',
    ),
    'CorporateActionNotification': (
        'corporate_action_notification',
        (
            ('type_', 'type', False, 'str'),
            ('event_id', 'eventId', False, 'str'),
            ('caev', 'caev', False, 'str'),
            ('isin', 'isin', False, 'str'),
            ('status', 'status', False, 'str'),
            ('dates', 'dates', False, ('model', 'CorporateActionNotificationDates')),
            ('details', 'details', False, ('model', 'CorporateActionNotificationDetails')),
            ('accounts', 'accounts', False, ('list', ('model', 'CorporateActionNotificationAccountsItem'))),
            ('metadata', 'metadata', False, ('model', 'CorporateActionNotificationMetadata')),
        ),
        'open',
    ),
    'CorporateActionNotificationAccountsItem': (
        'corporate_action_notification_accounts_item',
        (
            ('customer_product_id', 'customerProductId', False, 'str'),
            ('old_quantity', 'oldQuantity', False, 'str'),
            ('new_quantity', 'newQuantity', False, 'str'),
            ('gross_amount', 'grossAmount', False, 'float'),
            ('net_amount', 'netAmount', False, 'float'),
            ('currency', 'currency', False, 'str'),
        ),
        'open',
    ),
    'CorporateActionNotificationDates': (
        'corporate_action_notification_dates',
        (
            ('ex_date', 'exDate', False, 'str'),
            ('pay_date', 'payDate', False, 'str'),
            ('effective_date', 'effectiveDate', False, 'str'),
        ),
        'open',
    ),
    'CorporateActionNotificationDetails': (
        'corporate_action_notification_details',
        (
            ('bonus_ratio', 'bonusRatio', False, 'float'),
            ('gross_amount_per_share', 'grossAmountPerShare', False, 'float'),
        ),
        'open',
    ),
    'CorporateActionNotificationMetadata': (
        'corporate_action_notification_metadata',
        (
            ('summary', 'summary', False, 'str'),
        ),
        'open',
    ),
    'CorporateActions': (
        'corporate_actions',
        (
            ('data', 'data', True, ('list', ('model', 'CorporateAction'))),
            ('pagination', 'pagination', True, ('model', 'Pagination')),
        ),
        'open',
    ),
    'CreateBeneficialOwnerResult': (
        'create_beneficial_owner_result',
        (
            ('beneficial_owner_id', 'beneficialOwnerId', True, 'uuid'),
        ),
        'open',
    ),
    'CreateCustomerProductData': (
        'create_customer_product_data',
        (
            ('product_code', 'productCode', True, ('enum', 'ProductCodeEnum')),
        ),
        'open',
    ),
    'CreateCustomerProductResponse400': (
        'create_customer_product_response_400',
        (
        ),
        'open',
    ),
    'CreateCustomerProductResult': (
        'create_customer_product_result',
        (
            ('customer_product_id', 'customerProductId', False, 'str'),
        ),
        'open',
    ),
    'CreateCustomerResult': (
        'create_customer_result',
        (
            ('customer_id', 'customerId', True, 'uuid'),
        ),
        'open',
    ),
    'CreateDigitalAssetsOrderResult': (
        'create_digital_assets_order_result',
        (
            ('order_id', 'orderId', False, 'str'),
            ('created_on', 'createdOn', False, 'str'),
        ),
        'open',
    ),
    'CreateIdentificationVerificationResult': (
        'create_identification_verification_result',
        (
            ('identification_verification_id', 'identificationVerificationId', False, 'str'),
        ),
        'open',
    ),
    'CreateJointPersonResult': (
        'create_joint_person_result',
        (
            ('joint_person_id', 'jointPersonId', False, 'str'),
        ),
        'open',
    ),
    'CreateLegalEntityData': (
        'create_legal_entity_data',
        (
            ('legal_name', 'legalName', True, 'str'),
            ('legal_form', 'legalForm', True, 'str'),
            ('register_country', 'registerCountry', True, 'str'),
            ('register_number', 'registerNumber', True, 'str'),
            ('register_court', 'registerCourt', True, 'str'),
            ('founded_on', 'foundedOn', True, 'date'),
            ('tax_number', 'taxNumber', True, 'str'),
            ('legal_entity_identifier', 'legalEntityIdentifier', False, 'str'),
            ('nace_sectors', 'naceSectors', False, ('list', ('model', 'CreateLegalEntityDataNaceSectorsItem'))),
            ('register_court_zip_code', 'registerCourtZipCode', False, 'str'),
            ('registered_on', 'registeredOn', False, 'date'),
            ('vat_id', 'vatId', False, 'str'),
            ('purpose', 'purpose', False, 'str'),
            ('main_address', 'mainAddress', False, ('model', 'Address')),
            ('correspondence_address', 'correspondenceAddress', False, ('model', 'Address')),
            ('invoice_address', 'invoiceAddress', False, ('model', 'CreateLegalEntityDataInvoiceAddress')),
            ('search_id', 'searchId', False, 'uuid'),
            ('is_listed', 'isListed', False, 'bool'),
            ('listed_at', 'listedAt', False, 'str'),
            ('average_profit', 'averageProfit', False, 'float'),
            ('average_revenue', 'averageRevenue', False, 'float'),
            ('liquid_assets', 'liquidAssets', False, 'float'),
            ('last_annual_financial_statement', 'lastAnnualFinancialStatement', False, 'date'),
            ('external_id', 'externalId', False, 'str'),
        ),
        'open',
    ),
    'CreateLegalEntityDataInvoiceAddress': (
        'create_legal_entity_data_invoice_address',
        (
            ('street', 'street', False, 'str'),
            ('street_number', 'streetNumber', False, 'str'),
            ('city', 'city', False, 'str'),
            ('zip_', 'zip', False, 'str'),
        ),
        'open',
    ),
    'CreateLegalEntityDataNaceSectorsItem': (
        'create_legal_entity_data_nace_sectors_item',
        (
            ('section', 'section', False, 'str'),
            ('code', 'code', False, 'str'),
            ('description', 'description', False, 'str'),
        ),
        'open',
    ),
    'CreateLegalEntityResult': (
        'create_legal_entity_result',
        (
            ('legal_entity_id', 'legalEntityId', True, 'uuid'),
        ),
        'open',
    ),
    'CreateLegalRepresentativeResult': (
        'create_legal_representative_result',
        (
            ('legal_representative_id', 'legalRepresentativeId', True, 'uuid'),
        ),
        'open',
    ),
    'CreateMarketOrderData': (
        'create_market_order_data',
        (
            ('depository_customer_product_id', 'depositoryCustomerProductId', True, 'uuid'),
            ('cash_customer_product_id', 'cashCustomerProductId', True, 'uuid'),
        ),
        'open',
    ),
    'CreateMarketOrderRequest': (
        'create_market_order_request',
        (
            ('symbol', 'symbol', True, 'str'),
            ('quantity', 'quantity', True, 'float'),
            ('quantity_type', 'quantityType', True, ('enum', 'QuantityTypeEnum')),
            ('side', 'side', True, ('enum', 'TradeSideEnum')),
            ('external_id', 'externalId', True, 'str'),
            ('wallet_customer_product_id', 'walletCustomerProductId', True, 'uuid'),
            ('cash_customer_product_id', 'cashCustomerProductId', True, 'uuid'),
        ),
        'open',
    ),
    'CreateMarketOrderResponse400': (
        'create_market_order_response_400',
        (
        ),
        'open',
    ),
    'CreateMarketOrderResponse409': (
        'create_market_order_response_409',
        (
        ),
        'open',
    ),
    'CreateNaturalPersonResult': (
        'create_natural_person_result',
        (
            ('natural_person_id', 'naturalPersonId', True, 'uuid'),
        ),
        'open',
    ),
    'CreateNaturalPersonResultV1': (
        'create_natural_person_result_v1',
        (
            ('natural_person_id', 'naturalPersonId', False, 'str'),
        ),
        'open',
    ),
    'CreateNaturalPersonWizardInstanceResponse400': (
        'create_natural_person_wizard_instance_response_400',
        (
        ),
        'open',
    ),
    'CreateNaturalPersonWizardResult': (
        'create_natural_person_wizard_result',
        (
            ('wizard_instance_id', 'wizardInstanceId', False, 'str'),
        ),
        'open',
    ),
    'CreateOrderResult': (
        'create_order_result',
        (
            ('order_id', 'orderId', True, 'uuid'),
            ('created_on', 'createdOn', True, 'datetime'),
        ),
        'open',
    ),
    'CreateProxyResult': (
        'create_proxy_result',
        (
            ('proxy_id', 'proxyId', True, 'uuid'),
        ),
        'open',
    ),
    'CreateTaxExemptionOrderResult': (
        'create_tax_exemption_order_result',
        (
            ('tax_exemption_order_id', 'taxExemptionOrderId', False, 'str'),
        ),
        'open',
    ),
    'CreateTestIncomingPaymentData': (
        'create_test_incoming_payment_data',
        (
            ('customer_product_id', 'customerProductId', True, 'uuid'),
            ('amount', 'amount', True, 'float'),
            ('reference', 'reference', True, 'str'),
        ),
        'open',
    ),
    'CreateTransferBody': (
        'create_transfer_body',
        (
        ),
        'open',
    ),
    'CreateUserResult': (
        'create_user_result',
        (
            ('user_id', 'userId', True, 'uuid'),
        ),
        'open',
    ),
    'CryptoAsset': (
        'crypto_asset',
        (
            ('crypto_symbol', 'cryptoSymbol', False, 'str'),
            ('quantity', 'quantity', False, 'float'),
            ('available_quantity', 'availableQuantity', False, 'float'),
            ('modified_on', 'modifiedOn', False, 'str'),
        ),
        'open',
    ),
    'Customer': (
        'customer',
        (
            ('customer_id', 'customerId', False, 'str'),
            ('customer_status', 'customerStatus', False, 'str'),
            ('signed_documents_related_to_customer', 'signedDocumentsRelatedToCustomer', False, ('list', ('model', 'CustomerSignedDocumentsRelatedToCustomerItem'))),
            ('created_on', 'createdOn', False, 'str'),
            ('modified_on', 'modifiedOn', False, 'str'),
            ('cancellation_date', 'cancellationDate', False, 'str'),
            ('entity_id', 'entityId', False, 'str'),
            ('entity_type', 'entityType', False, 'str'),
            ('ref_accounts', 'refAccounts', False, ('list', ('model', 'RefAccount'))),
        ),
        'open',
    ),
    'CustomerData': (
        'customer_data',
        (
            ('entity_id', 'entityId', True, 'uuid'),
            ('entity_type', 'entityType', True, 'str'),
            ('ref_accounts', 'refAccounts', False, ('list', ('model', 'RefAccount'))),
            ('labels', 'labels', False, ('list', 'str')),
        ),
        'open',
    ),
    'CustomerLabelUpdateData': (
        'customer_label_update_data',
        (
            ('name', 'name', True, 'str'),
        ),
        'open',
    ),
    'CustomerLabelWithAssignedCustomersCount': (
        'customer_label_with_assigned_customers_count',
        (
            ('label', 'label', True, 'str'),
            ('customers_count', 'customersCount', True, 'int'),
        ),
        'open',
    ),
    'CustomerLabelWithAssignedCustomersCountV1': (
        'customer_label_with_assigned_customers_count_v1',
        (
            ('label', 'label', False, 'str'),
            ('customers_count', 'customersCount', False, 'int'),
        ),
        'open',
    ),
    'CustomerNotification': (
        'customer_notification',
        (
            ('customer_id', 'customerId', False, 'uuid'),
            ('modified_on', 'modifiedOn', False, 'datetime'),
            ('status', 'status', False, 'str'),
            ('notification_type', 'notificationType', False, 'str'),
            ('validation_error', 'validationError', False, ('model', 'NotificationValidationError')),
        ),
        'open',
    ),
    'CustomerProduct': (
        'customer_product',
        (
            ('customer_product_id', 'customerProductId', False, 'uuid'),
            ('product_code', 'productCode', False, ('enum', 'ProductCodeEnum')),
            ('product_type', 'productType', False, ('enum', 'ProductTypeEnum')),
            ('currency', 'currency', False, 'str'),
            ('account_data', 'accountData', False, ('model', 'AccountData')),
            ('crypto_assets', 'cryptoAssets', False, ('list', ('model', 'CryptoAsset'))),
            ('traditional_assets', 'traditionalAssets', False, ('list', ('model', 'TraditionalAsset'))),
            ('tokenized_assets', 'tokenizedAssets', False, ('list', ('model', 'TokenizedAsset'))),
            ('status', 'status', False, ('enum', 'CustomerProductStatus')),
            ('proxy_ids', 'proxyIds', False, ('list', 'uuid')),
            ('created_on', 'createdOn', False, 'datetime'),
            ('modified_on', 'modifiedOn', False, 'datetime'),
            ('opened_on', 'openedOn', False, 'datetime'),
            ('closed_on', 'closedOn', False, 'datetime'),
        ),
        'open',
    ),
    'CustomerSignedDocumentsRelatedToCustomerItem': (
        'customer_signed_documents_related_to_customer_item',
        (
            ('partner_document_id', 'partnerDocumentId', False, 'str'),
            ('name', 'name', False, 'str'),
            ('document_type', 'documentType', False, 'str'),
            ('version', 'version', False, 'int'),
            ('natural_person_id', 'naturalPersonId', False, 'str'),
            ('natural_person_full_name', 'naturalPersonFullName', False, 'str'),
            ('created_on', 'createdOn', False, 'str'),
            ('modified_on', 'modifiedOn', False, 'str'),
        ),
        'open',
    ),
    'CustomerUpdateData': (
        'customer_update_data',
        (
            ('labels', 'labels', False, ('list', 'str')),
        ),
        'open',
    ),
    'Customers': (
        'customers',
        (
            ('data', 'data', False, ('list', ('model', 'Customer'))),
            ('pagination', 'pagination', False, ('model', 'Pagination')),
        ),
        'open',
    ),
    'DigitalAssetsMarketOrderData': (
        'digital_assets_market_order_data',
        (
            ('symbol', 'symbol', False, 'str'),
            ('asset_type', 'assetType', False, 'str'),
            ('quantity_type', 'quantityType', False, 'str'),
            ('quantity', 'quantity', False, 'float'),
        ),
        'open',
    ),
    'DigitalAssetsOrder': (
        'digital_assets_order',
        (
            ('status', 'status', True, ('enum', 'OrderStatusEnum')),
            ('side', 'side', True, 'str'),
            ('order_id', 'orderId', True, 'uuid'),
            ('wallet_customer_product_id', 'walletCustomerProductId', True, 'uuid'),
            ('created_on', 'createdOn', True, 'datetime'),
            ('modified_on', 'modifiedOn', True, 'datetime'),
            ('external_id', 'externalId', True, 'str'),
            ('order_type', 'orderType', True, 'str'),
            ('cash_customer_product_id', 'cashCustomerProductId', True, 'uuid'),
            ('message', 'message', False, 'str'),
            ('market_order_data', 'marketOrderData', False, ('model', 'DigitalAssetsMarketOrderData')),
            ('execution_data', 'executionData', False, ('model', 'DigitalAssetsOrderExecutionData')),
        ),
        'open',
    ),
    'DigitalAssetsOrderExecutionData': (
        'digital_assets_order_execution_data',
        (
            ('quantity', 'quantity', False, 'float'),
            ('execution_price', 'executionPrice', False, 'float'),
            ('execution_amount', 'executionAmount', False, 'float'),
        ),
        'open',
    ),
    'DigitalTradingTransaction': (
        'digital_trading_transaction',
        (
            ('order_id', 'orderId', False, 'str'),
            ('wallet_customer_product_id', 'walletCustomerProductId', False, 'str'),
            ('cash_customer_product_id', 'cashCustomerProductId', False, 'str'),
            ('trade_side', 'tradeSide', False, 'str'),
            ('crypto_symbol', 'cryptoSymbol', False, 'str'),
            ('asset_type', 'assetType', False, 'str'),
            ('quantity', 'quantity', False, 'float'),
            ('price', 'price', False, 'float'),
            ('quote_id', 'quoteId', False, 'str'),
            ('amount', 'amount', False, 'float'),
            ('currency', 'currency', False, 'str'),
            ('external_id', 'externalId', False, 'str'),
        ),
        'open',
    ),
    'Document': (
        'document',
        (
            ('document_id', 'documentId', True, 'uuid'),
            ('size', 'size', True, 'int'),
            ('status', 'status', True, ('enum', 'DocumentStatusEnum')),
            ('created_on', 'createdOn', True, 'datetime'),
            ('modified_on', 'modifiedOn', True, 'datetime'),
            ('name', 'name', True, 'str'),
            ('resource_type', 'resourceType', True, ('enum', 'DocumentResourceTypeEnum')),
            ('type_', 'type', True, 'str'),
            ('resource_id', 'resourceId', True, 'uuid'),
            ('valid_until', 'validUntil', False, 'datetime'),
            ('description', 'description', False, 'str'),
            ('external_id', 'externalId', False, 'str'),
        ),
        'open',
    ),
    'DocumentV1': (
        'document_v1',
        (
            ('document_id', 'documentId', False, 'str'),
            ('size', 'size', False, 'int'),
            ('status', 'status', False, 'any'),
            ('name', 'name', False, 'str'),
        ),
        'open',
    ),
    'Documents': (
        'documents',
        (
            ('data', 'data', True, ('list', ('model', 'Document'))),
            ('pagination', 'pagination', True, ('model', 'Pagination')),
        ),
        'open',
    ),
    'EntityOffboarding': (
        'entity_offboarding',
        (
            ('offboarding_id', 'offboardingId', False, 'str'),
            ('status', 'status', False, 'str'),
            ('entity_type', 'entityType', False, 'str'),
            ('entity_id', 'entityId', False, 'str'),
            ('reason', 'reason', False, 'str'),
            ('created_on', 'createdOn', False, 'str'),
            ('modified_on', 'modifiedOn', False, 'str'),
        ),
        'open',
    ),
    'EntityOffboardingData': (
        'entity_offboarding_data',
        (
            ('entity_type', 'entityType', True, 'str'),
            ('entity_id', 'entityId', True, 'uuid'),
            ('reason', 'reason', True, 'str'),
        ),
        'open',
    ),
    'ErrorDetails': (
        'error_details',
        (
            ('field', 'field', True, 'str'),
            ('errors', 'errors', False, ('list', ('model', 'ErrorDetailsExplanation'))),
        ),
        'open',
    ),
    'ErrorDetailsExplanation': (
        'error_details_explanation',
        (
            ('code', 'code', True, 'str'),
            ('message', 'message', True, 'str'),
            ('parameter', 'parameter', False, 'str'),
        ),
        'open',
    ),
    'ErrorMessage': (
        'error_message',
        (
            ('message', 'message', True, 'str'),
            ('response_type', 'responseType', True, 'str'),
            ('request_id', 'requestId', True, 'str'),
            ('validation_string', 'validationString', False, 'str'),
            ('error_code', 'errorCode', False, 'str'),
            ('error_details', 'errorDetails', False, ('list', ('model', 'ErrorDetails'))),
        ),
        'open',
    ),
    'ExAnteCostData': (
        'ex_ante_cost_data',
        (
            ('depository_customer_product_id', 'depositoryCustomerProductId', True, 'uuid'),
            ('cash_customer_product_id', 'cashCustomerProductId', True, 'uuid'),
            ('trade_side', 'tradeSide', True, ('enum', 'TradeSideEnum')),
            ('quantity_type', 'quantityType', True, ('enum', 'TraditionalAssetOrderQuantityTypeEnum')),
            ('exchange_code', 'exchangeCode', True, ('enum', 'TraditionalAssetExchangeCodeEnum')),
            ('order_type', 'orderType', True, ('enum', 'TraditionalAssetOrderTypeEnum')),
            ('isin', 'isin', True, 'str'),
            ('quantity', 'quantity', True, 'float'),
            ('price', 'price', False, 'float'),
        ),
        'open',
    ),
    'ExAnteCostResult': (
        'ex_ante_cost_result',
        (
            ('ex_ante_id', 'exAnteId', False, 'str'),
            ('created_on', 'createdOn', False, 'datetime'),
            ('asset', 'asset', False, ('model', 'AssetCostInfo')),
            ('order', 'order', False, ('model', 'OrderCostInfo')),
        ),
        'open',
    ),
    'ExAnteSavingsPlansCostData': (
        'ex_ante_savings_plans_cost_data',
        (
            ('isin', 'isin', True, 'any'),
            ('exchange_code', 'exchangeCode', True, 'any'),
            ('savings_amount', 'savingsAmount', True, 'any'),
            ('interval_period', 'intervalPeriod', True, 'any'),
            ('start_date', 'startDate', True, 'any'),
            ('end_date', 'endDate', False, 'any'),
        ),
        'open',
    ),
    'ExAnteSavingsPlansCostResult': (
        'ex_ante_savings_plans_cost_result',
        (
            ('ex_ante_id', 'exAnteId', False, 'any'),
            ('asset', 'asset', False, 'any'),
            ('savings_plans', 'savingsPlans', False, 'any'),
            ('purchase_costs', 'purchaseCosts', False, 'any'),
            ('product_costs', 'productCosts', False, 'any'),
            ('sale_costs', 'saleCosts', False, 'any'),
            ('total', 'total', False, 'any'),
            ('timeline', 'timeline', False, 'any'),
            ('meta_info', 'metaInfo', False, 'any'),
        ),
        'open',
    ),
    'FeeInstance': (
        'fee_instance',
        (
            ('fee_instance_id', 'feeInstanceId', True, 'uuid'),
            ('product_code', 'productCode', True, ('enum', 'ProductCodeEnum')),
            ('category', 'category', True, 'str'),
            ('status', 'status', True, 'str'),
            ('currency', 'currency', True, 'str'),
            ('fee_type', 'feeType', True, 'str'),
            ('fee_trigger', 'feeTrigger', True, 'str'),
            ('fee_collection', 'feeCollection', True, 'str'),
            ('partner_id', 'partnerId', True, 'uuid'),
            ('fee_frequency', 'feeFrequency', False, 'str'),
            ('fee_trigger_event', 'feeTriggerEvent', False, 'str'),
            ('fixed_fee_amount', 'fixedFeeAmount', False, 'float'),
            ('inducement_amount', 'inducementAmount', False, 'float'),
            ('fee_ratio', 'feeRatio', False, 'float'),
            ('min_fee_amount', 'minFeeAmount', False, 'float'),
        ),
        'open',
    ),
    'GetCustomerProductResponse400': (
        'get_customer_product_response_400',
        (
        ),
        'open',
    ),
    'GetCustomerProductResponse404': (
        'get_customer_product_response_404',
        (
        ),
        'open',
    ),
    'GetCustomerProductsResponse400': (
        'get_customer_products_response_400',
        (
        ),
        'open',
    ),
    'GetCustomerResponse200': (
        'get_customer_response_200',
        (
        ),
        'open',
    ),
    'GetCustomersChangelogResponse400': (
        'get_customers_changelog_response_400',
        (
        ),
        'open',
    ),
    'GetDocumentV1Response404': (
        'get_document_v1_response_404',
        (
        ),
        'open',
    ),
    'GetEntityOffboardingInformationResponse200': (
        'get_entity_offboarding_information_response_200',
        (
        ),
        'open',
    ),
    'GetFeeConfigurationsForProductsResponse400': (
        'get_fee_configurations_for_products_response_400',
        (
        ),
        'open',
    ),
    'GetIdentificationVerificationResponse200': (
        'get_identification_verification_response_200',
        (
        ),
        'open',
    ),
    'GetJointPersonsResponse200': (
        'get_joint_persons_response_200',
        (
        ),
        'open',
    ),
    'GetLegalEntityBySearchIdResponse400': (
        'get_legal_entity_by_search_id_response_400',
        (
        ),
        'open',
    ),
    'GetLegalEntityBySearchIdResponse404': (
        'get_legal_entity_by_search_id_response_404',
        (
        ),
        'open',
    ),
    'GetNaturalPersonV1Response400': (
        'get_natural_person_v1_response_400',
        (
        ),
        'open',
    ),
    'GetNaturalPersonV1Response404': (
        'get_natural_person_v1_response_404',
        (
        ),
        'open',
    ),
    'GetNaturalPersonWizardByInstanceIdResponse200': (
        'get_natural_person_wizard_by_instance_id_response_200',
        (
        ),
        'open',
    ),
    'GetNaturalPersonsResponse200': (
        'get_natural_persons_response_200',
        (
        ),
        'open',
    ),
    'GetNaturalPersonsV1Response200': (
        'get_natural_persons_v1_response_200',
        (
        ),
        'open',
    ),
    'GetOrderReceiptResponse400': (
        'get_order_receipt_response_400',
        (
        ),
        'open',
    ),
    'GetOrderReceiptResponse404': (
        'get_order_receipt_response_404',
        (
        ),
        'open',
    ),
    'GetOrderResponse400': (
        'get_order_response_400',
        (
        ),
        'open',
    ),
    'GetOrdersResponse400': (
        'get_orders_response_400',
        (
        ),
        'open',
    ),
    'GetOrdersWawexResponse200': (
        'get_orders_wawex_response_200',
        (
        ),
        'open',
    ),
    'GetStrategyByCustomerProductIdResponse400': (
        'get_strategy_by_customer_product_id_response_400',
        (
        ),
        'open',
    ),
    'GetStrategyByCustomerProductIdResponse404': (
        'get_strategy_by_customer_product_id_response_404',
        (
        ),
        'open',
    ),
    'GetTaxExemptionOrdersResponse400': (
        'get_tax_exemption_orders_response_400',
        (
        ),
        'open',
    ),
    'GetTokenResponse400': (
        'get_token_response_400',
        (
            ('error', 'error', True, ('enum', 'GetTokenResponse400Error')),
        ),
        'open',
    ),
    'GetTransactionResponse400': (
        'get_transaction_response_400',
        (
        ),
        'open',
    ),
    'GetTransactionResponse404': (
        'get_transaction_response_404',
        (
        ),
        'open',
    ),
    'GetTransferResponse404': (
        'get_transfer_response_404',
        (
        ),
        'open',
    ),
    'GetUserOnboardingResponse200': (
        'get_user_onboarding_response_200',
        (
        ),
        'open',
    ),
    'GetUserOnboardingsResponse200Item': (
        'get_user_onboardings_response_200_item',
        (
        ),
        'open',
    ),
    'GetWebhookResponse404': (
        'get_webhook_response_404',
        (
        ),
        'open',
    ),
    'Header': (
        'header',
        (
            ('name', 'name', True, 'str'),
            ('value', 'value', True, 'str'),
        ),
        'open',
    ),
    'IbanValidateResult': (
        'iban_validate_result',
        (
            ('iban', 'iban', True, 'str'),
            ('valid', 'valid', True, 'bool'),
            ('bank_data', 'bank_data', False, ('model', 'BankData')),
            ('sepa_data', 'sepa_data', False, ('model', 'SepaData')),
            ('validations', 'validations', False, ('model', 'Validations')),
            ('errors', 'errors', False, ('list', ('model', 'Validation'))),
        ),
        'open',
    ),
    'IdentificationVerification': (
        'identification_verification',
        (
            ('natural_person_id', 'naturalPersonId', False, 'str'),
            ('identification_verification_id', 'identificationVerificationId', False, 'str'),
            ('external_verifier', 'externalVerifier', False, 'str'),
            ('identification_type', 'identificationType', False, 'str'),
            ('identification_url', 'identificationUrl', False, 'str'),
            ('document_id', 'documentId', False, 'str'),
            ('natural_person_identification_id', 'naturalPersonIdentificationId', False, 'str'),
            ('created_on', 'createdOn', False, 'str'),
            ('modified_on', 'modifiedOn', False, 'str'),
            ('status', 'status', False, 'str'),
        ),
        'open',
    ),
    'IdentificationVerificationData': (
        'identification_verification_data',
        (
            ('natural_person_id', 'naturalPersonId', True, 'uuid'),
            ('external_verifier', 'externalVerifier', True, 'str'),
            ('identification_type', 'identificationType', True, 'str'),
        ),
        'open',
    ),
    'IdentificationVerificationNotification': (
        'identification_verification_notification',
        (
            ('identification_verification_id', 'identificationVerificationId', False, 'str'),
            ('natural_person_id', 'naturalPersonId', False, 'str'),
            ('modified_on', 'modifiedOn', False, 'str'),
            ('status', 'status', False, 'str'),
            ('notification_type', 'notificationType', False, 'str'),
            ('validation_error', 'validationError', False, ('model', 'NotificationValidationError')),
        ),
        'open',
    ),
    'IdentificationVerifications': (
        'identification_verifications',
        (
            ('data', 'data', False, ('list', ('model', 'IdentificationVerification'))),
            ('pagination', 'pagination', False, ('model', 'Pagination')),
        ),
        'open',
    ),
    'JointPersonData': (
        'joint_person_data',
        (
            ('first_natural_person_id', 'firstNaturalPersonId', True, 'uuid'),
            ('second_natural_person_id', 'secondNaturalPersonId', True, 'uuid'),
            ('annual_income_net', 'annualIncomeNet', False, 'float'),
            ('source_of_income', 'sourceOfIncome', False, ('list', 'str')),
            ('available_assets', 'availableAssets', False, 'float'),
            ('origin_of_assets', 'originOfAssets', False, ('list', 'str')),
            ('contact', 'contact', False, ('model', 'Contact')),
            ('main_address', 'mainAddress', False, ('model', 'Address')),
            ('correspondence_address', 'correspondenceAddress', False, ('model', 'Address')),
            ('external_id', 'externalId', False, 'str'),
        ),
        'open',
    ),
    'JointPersonNotification': (
        'joint_person_notification',
        (
        ),
        'open',
    ),
    'JointPersonUpdate': (
        'joint_person_update',
        (
        ),
        'open',
    ),
    'LabelsUpdateNotification': (
        'labels_update_notification',
        (
            ('updated_customers', 'updatedCustomers', False, ('list', 'str')),
            ('notification_type', 'notificationType', False, 'str'),
            ('validation_error', 'validationError', False, ('model', 'NotificationValidationError')),
        ),
        'open',
    ),
    'LegalEntitySearchResult': (
        'legal_entity_search_result',
        (
            ('search', 'search', False, ('model', 'LegalEntitySearchResultSearch')),
            ('legal_entity', 'legalEntity', False, ('model', 'LegalEntitySearchResultLegalEntity')),
        ),
        'open',
    ),
    'LegalEntitySearchResultLegalEntity': (
        'legal_entity_search_result_legal_entity',
        (
        ),
        'open',
    ),
    'LegalEntitySearchResultSearch': (
        'legal_entity_search_result_search',
        (
            ('search_id', 'searchId', False, 'str'),
            ('status', 'status', False, 'str'),
            ('document_types', 'documentTypes', False, ('list', 'str')),
        ),
        'open',
    ),
    'LegalRepresentative': (
        'legal_representative',
        (
            ('first_name', 'firstName', False, 'str'),
            ('last_name', 'lastName', False, 'str'),
            ('birth_day', 'birthDay', False, 'str'),
            ('birth_place', 'birthPlace', False, 'str'),
            ('birth_country', 'birthCountry', False, 'str'),
        ),
        'open',
    ),
    'LegalRepresentativeData': (
        'legal_representative_data',
        (
            ('first_name', 'firstName', True, 'str'),
            ('last_name', 'lastName', True, 'str'),
            ('birth_day', 'birthDay', True, 'date'),
            ('birth_place', 'birthPlace', True, 'str'),
            ('birth_country', 'birthCountry', True, 'str'),
            ('is_us_nationality', 'isUsNationality', True, 'bool'),
            ('function', 'function', True, 'str'),
            ('sole_signature_authorized', 'soleSignatureAuthorized', True, 'bool'),
            ('fatca_controlling_person', 'fatcaControllingPerson', True, 'bool'),
            ('tax_details', 'taxDetails', False, ('list', ('model', 'TaxDetails'))),
            ('main_address', 'mainAddress', False, ('model', 'Address')),
            ('nationalities', 'nationalities', False, ('list', 'str')),
        ),
        'open',
    ),
    'LegalRepresentatives': (
        'legal_representatives',
        (
            ('data', 'data', False, ('list', ('model', 'LegalRepresentative'))),
        ),
        'open',
    ),
    'MissingWebhook': (
        'missing_webhook',
        (
            ('event_type', 'eventType', False, 'str'),
        ),
        'open',
    ),
    'NaturalPerson': (
        'natural_person',
        (
            ('roles', 'roles', False, ('list', ('model', 'NaturalPersonRolesItem'))),
            ('death_day', 'deathDay', False, 'str'),
            ('natural_person_id', 'naturalPersonId', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonData': (
        'natural_person_data',
        (
            ('gender', 'gender', True, 'str'),
            ('first_name', 'firstName', True, 'str'),
            ('last_name', 'lastName', True, 'str'),
            ('birth_day', 'birthDay', True, 'date'),
            ('birth_place', 'birthPlace', True, 'str'),
            ('birth_country', 'birthCountry', True, 'str'),
            ('is_us_nationality', 'isUsNationality', True, 'bool'),
            ('title', 'title', False, 'str'),
            ('marital_status', 'maritalStatus', False, 'str'),
            ('nationalities', 'nationalities', False, ('list', ('model', 'NaturalPersonDataNationalitiesItem'))),
            ('language', 'language', False, 'str'),
            ('tax_details', 'taxDetails', False, ('list', ('model', 'TaxDetails'))),
            ('profession', 'profession', False, 'str'),
            ('profession_group', 'professionGroup', False, 'str'),
            ('nace_sectors', 'naceSectors', False, ('list', ('model', 'NaturalPersonDataNaceSectorsItem'))),
            ('main_address', 'mainAddress', False, ('model', 'Address')),
            ('correspondence_address', 'correspondenceAddress', False, ('model', 'Address')),
            ('annual_income_net', 'annualIncomeNet', False, 'float'),
            ('source_of_income', 'sourceOfIncome', False, ('list', 'str')),
            ('available_assets', 'availableAssets', False, 'float'),
            ('origin_of_assets', 'originOfAssets', False, ('list', 'str')),
            ('contact', 'contact', False, ('model', 'Contact')),
            ('external_id', 'externalId', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonDataNaceSectorsItem': (
        'natural_person_data_nace_sectors_item',
        (
            ('section', 'section', False, 'str'),
            ('description', 'description', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonDataNationalitiesItem': (
        'natural_person_data_nationalities_item',
        (
            ('country_code', 'countryCode', False, 'str'),
            ('national_identifier', 'nationalIdentifier', False, 'str'),
            ('national_identifier_type', 'nationalIdentifierType', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonDataV1': (
        'natural_person_data_v1',
        (
            ('gender', 'gender', True, 'str'),
            ('first_name', 'firstName', True, 'str'),
            ('last_name', 'lastName', True, 'str'),
            ('birth_day', 'birthDay', True, 'date'),
            ('birth_place', 'birthPlace', True, 'str'),
            ('birth_country', 'birthCountry', True, 'str'),
            ('is_us_nationality', 'isUsNationality', True, 'bool'),
            ('title', 'title', False, 'str'),
            ('marital_status', 'maritalStatus', False, 'str'),
            ('nationalities', 'nationalities', False, ('list', ('model', 'NaturalPersonDataV1NationalitiesItem'))),
            ('language', 'language', False, 'str'),
            ('tax_details', 'taxDetails', False, ('list', ('model', 'NaturalPersonDataV1TaxDetailsItem'))),
            ('profession', 'profession', False, 'str'),
            ('profession_group', 'professionGroup', False, 'str'),
            ('nace_sectors', 'naceSectors', False, ('list', ('model', 'NaturalPersonDataV1NaceSectorsItem'))),
            ('main_address', 'mainAddress', False, ('model', 'NaturalPersonDataV1MainAddress')),
            ('correspondence_address', 'correspondenceAddress', False, ('model', 'NaturalPersonDataV1CorrespondenceAddress')),
            ('annual_income_net', 'annualIncomeNet', False, 'float'),
            ('source_of_income', 'sourceOfIncome', False, ('list', 'str')),
            ('available_assets', 'availableAssets', False, 'float'),
            ('origin_of_assets', 'originOfAssets', False, ('list', 'str')),
            ('contact', 'contact', False, ('model', 'NaturalPersonDataV1Contact')),
            ('external_id', 'externalId', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonDataV1Contact': (
        'natural_person_data_v1_contact',
        (
            ('phone', 'phone', False, 'str'),
            ('email', 'email', False, 'str'),
            ('fax', 'fax', False, 'str'),
            ('website', 'website', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonDataV1CorrespondenceAddress': (
        'natural_person_data_v1_correspondence_address',
        (
            ('street', 'street', False, 'str'),
            ('street_number', 'streetNumber', False, 'str'),
            ('city', 'city', False, 'str'),
            ('zip_', 'zip', False, 'str'),
            ('country', 'country', False, 'str'),
            ('additional_info', 'additionalInfo', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonDataV1MainAddress': (
        'natural_person_data_v1_main_address',
        (
            ('street', 'street', False, 'str'),
            ('street_number', 'streetNumber', False, 'str'),
            ('city', 'city', False, 'str'),
            ('zip_', 'zip', False, 'str'),
            ('country', 'country', False, 'str'),
            ('additional_info', 'additionalInfo', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonDataV1NaceSectorsItem': (
        'natural_person_data_v1_nace_sectors_item',
        (
            ('section', 'section', False, 'str'),
            ('description', 'description', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonDataV1NationalitiesItem': (
        'natural_person_data_v1_nationalities_item',
        (
            ('country_code', 'countryCode', False, 'str'),
            ('national_identifier', 'nationalIdentifier', False, 'str'),
            ('national_identifier_type', 'nationalIdentifierType', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonDataV1TaxDetailsItem': (
        'natural_person_data_v1_tax_details_item',
        (
            ('tax_id', 'taxId', False, 'str'),
            ('tax_residency', 'taxResidency', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonIdentificationData': (
        'natural_person_identification_data',
        (
            ('external_verifier', 'externalVerifier', True, 'str'),
            ('identification_type', 'identificationType', True, 'str'),
            ('identification_date', 'identificationDate', True, 'date'),
            ('identification_document_type', 'identificationDocumentType', True, 'str'),
            ('document_number', 'documentNumber', True, 'str'),
            ('document_country', 'documentCountry', True, 'str'),
            ('document_issuer', 'documentIssuer', True, 'str'),
            ('document_issue_date', 'documentIssueDate', True, 'date'),
            ('document_expiry_date', 'documentExpiryDate', True, 'date'),
            ('document_mother_full_name', 'documentMotherFullName', False, 'str'),
            ('document_mother_residence_city', 'documentMotherResidenceCity', False, 'str'),
            ('document_father_full_name', 'documentFatherFullName', False, 'str'),
            ('document_father_residence_city', 'documentFatherResidenceCity', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonNotification': (
        'natural_person_notification',
        (
            ('natural_person_id', 'naturalPersonId', False, 'str'),
            ('modified_on', 'modifiedOn', False, 'str'),
            ('status', 'status', False, 'str'),
            ('notification_type', 'notificationType', False, 'str'),
            ('validation_error', 'validationError', False, ('model', 'NotificationValidationError')),
        ),
        'open',
    ),
    'NaturalPersonRolesItem': (
        'natural_person_roles_item',
        (
            ('role_name', 'roleName', False, 'str'),
            ('role_id', 'roleId', False, 'str'),
            ('related_customer_id', 'relatedCustomerId', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonWizardInstance': (
        'natural_person_wizard_instance',
        (
            ('wizard_instance_id', 'wizardInstanceId', False, 'str'),
            ('wizard_status', 'wizardStatus', False, 'str'),
            ('external_status', 'externalStatus', False, 'str'),
            ('external_id', 'externalId', False, 'str'),
            ('personal_data', 'personalData', False, ('model', 'NaturalPersonWizardInstancePersonalData')),
            ('birth_data', 'birthData', False, ('model', 'NaturalPersonWizardInstanceBirthData')),
            ('address_data', 'addressData', False, ('model', 'NaturalPersonWizardInstanceAddressData')),
            ('contact', 'contact', False, ('model', 'NaturalPersonWizardInstanceContact')),
            ('tax_data', 'taxData', False, ('model', 'NaturalPersonWizardInstanceTaxData')),
            ('employment_data', 'employmentData', False, ('model', 'NaturalPersonWizardInstanceEmploymentData')),
            ('asset_disclosures_data', 'assetDisclosuresData', False, ('model', 'NaturalPersonWizardInstanceAssetDisclosuresData')),
            ('created_on', 'createdOn', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonWizardInstanceAddressData': (
        'natural_person_wizard_instance_address_data',
        (
            ('main_address', 'mainAddress', False, ('model', 'NaturalPersonWizardInstanceAddressDataMainAddress')),
            ('correspondence_address', 'correspondenceAddress', False, ('model', 'NaturalPersonWizardInstanceAddressDataCorrespondenceAddress')),
        ),
        'open',
    ),
    'NaturalPersonWizardInstanceAddressDataCorrespondenceAddress': (
        'natural_person_wizard_instance_address_data_correspondence_address',
        (
            ('street', 'street', False, 'str'),
            ('street_number', 'streetNumber', False, 'str'),
            ('city', 'city', False, 'str'),
            ('zip_', 'zip', False, 'str'),
            ('country', 'country', False, 'str'),
            ('additional_info', 'additionalInfo', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonWizardInstanceAddressDataMainAddress': (
        'natural_person_wizard_instance_address_data_main_address',
        (
            ('street', 'street', False, 'str'),
            ('street_number', 'streetNumber', False, 'str'),
            ('city', 'city', False, 'str'),
            ('zip_', 'zip', False, 'str'),
            ('country', 'country', False, 'str'),
            ('additional_info', 'additionalInfo', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonWizardInstanceAssetDisclosuresData': (
        'natural_person_wizard_instance_asset_disclosures_data',
        (
            ('annual_income_net', 'annualIncomeNet', False, 'float'),
            ('source_of_income', 'sourceOfIncome', False, ('list', 'str')),
            ('available_assets', 'availableAssets', False, 'float'),
            ('origin_of_assets', 'originOfAssets', False, ('list', 'str')),
        ),
        'open',
    ),
    'NaturalPersonWizardInstanceBirthData': (
        'natural_person_wizard_instance_birth_data',
        (
            ('birth_day', 'birthDay', False, 'str'),
            ('birth_place', 'birthPlace', False, 'str'),
            ('birth_country', 'birthCountry', False, 'str'),
            ('nationalities', 'nationalities', False, ('list', ('model', 'NaturalPersonWizardInstanceBirthDataNationalitiesItem'))),
            ('language', 'language', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonWizardInstanceBirthDataNationalitiesItem': (
        'natural_person_wizard_instance_birth_data_nationalities_item',
        (
            ('country_code', 'countryCode', False, 'str'),
            ('national_identifier', 'nationalIdentifier', False, 'str'),
            ('national_identifier_type', 'nationalIdentifierType', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonWizardInstanceContact': (
        'natural_person_wizard_instance_contact',
        (
            ('phone', 'phone', False, 'str'),
            ('email', 'email', False, 'str'),
            ('fax', 'fax', False, 'str'),
            ('website', 'website', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonWizardInstanceEmploymentData': (
        'natural_person_wizard_instance_employment_data',
        (
            ('profession', 'profession', False, 'str'),
            ('profession_group', 'professionGroup', False, 'str'),
            ('nace_sectors', 'naceSectors', False, ('list', ('model', 'NaturalPersonWizardInstanceEmploymentDataNaceSectorsItem'))),
        ),
        'open',
    ),
    'NaturalPersonWizardInstanceEmploymentDataNaceSectorsItem': (
        'natural_person_wizard_instance_employment_data_nace_sectors_item',
        (
            ('section', 'section', False, 'str'),
            ('description', 'description', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonWizardInstancePersonalData': (
        'natural_person_wizard_instance_personal_data',
        (
            ('gender', 'gender', False, 'str'),
            ('title', 'title', False, 'str'),
            ('first_name', 'firstName', False, 'str'),
            ('last_name', 'lastName', False, 'str'),
            ('middle_name', 'middleName', False, 'str'),
            ('marital_status', 'maritalStatus', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonWizardInstanceTaxData': (
        'natural_person_wizard_instance_tax_data',
        (
            ('tax_details', 'taxDetails', False, ('list', ('model', 'NaturalPersonWizardInstanceTaxDataTaxDetailsItem'))),
            ('is_us_nationality', 'isUsNationality', False, 'bool'),
        ),
        'open',
    ),
    'NaturalPersonWizardInstanceTaxDataTaxDetailsItem': (
        'natural_person_wizard_instance_tax_data_tax_details_item',
        (
            ('tax_id', 'taxId', False, 'str'),
            ('tax_residency', 'taxResidency', False, 'str'),
        ),
        'open',
    ),
    'NaturalPersonWizardInstances': (
        'natural_person_wizard_instances',
        (
            ('open_wizard_count', 'openWizardCount', False, 'int'),
            ('data', 'data', False, ('list', ('model', 'NaturalPersonWizardInstance'))),
        ),
        'open',
    ),
    'NaturalPersonWizardUpdateData': (
        'natural_person_wizard_update_data',
        (
            ('create_natural_person', 'createNaturalPerson', True, 'bool'),
        ),
        'open',
    ),
    'NotificationValidationError': (
        'notification_validation_error',
        (
            ('error_type', 'errorType', False, 'str'),
            ('description', 'description', False, 'str'),
        ),
        'open',
    ),
    'Offboarding': (
        'offboarding',
        (
            ('offboarding_id', 'offboardingId', False, 'str'),
            ('status', 'status', False, 'str'),
            ('entity_type', 'entityType', False, 'str'),
            ('entity_id', 'entityId', False, 'str'),
            ('reason', 'reason', False, 'str'),
            ('created_on', 'createdOn', False, 'str'),
            ('modified_on', 'modifiedOn', False, 'str'),
        ),
        'open',
    ),
    'OffboardingData': (
        'offboarding_data',
        (
            ('entity_type', 'entityType', True, 'str'),
            ('entity_id', 'entityId', True, 'uuid'),
            ('reason', 'reason', True, 'str'),
        ),
        'open',
    ),
    'Onboarding': (
        'onboarding',
        (
            ('onboarding_id', 'onboardingId', False, 'str'),
            ('status', 'status', False, 'str'),
            ('entity_type', 'entityType', False, 'str'),
            ('entity_id', 'entityId', False, 'str'),
            ('created_on', 'createdOn', False, 'str'),
            ('modified_on', 'modifiedOn', False, 'str'),
        ),
        'open',
    ),
    'OnboardingData': (
        'onboarding_data',
        (
            ('entity_type', 'entityType', True, 'str'),
            ('entity_id', 'entityId', True, 'uuid'),
        ),
        'open',
    ),
    'Order': (
        'order',
        (
            ('order_id', 'orderId', False, 'uuid'),
            ('ex_ante_id', 'exAnteId', False, 'uuid'),
            ('created_on', 'createdOn', False, 'datetime'),
            ('modified_on', 'modifiedOn', False, 'datetime'),
            ('status', 'status', False, 'str'),
            ('message', 'message', False, 'str'),
            ('execution', 'execution', False, ('model', 'OrderExecution')),
            ('partial_executions', 'partialExecutions', False, ('list', ('model', 'PartialExecution'))),
            ('depository_customer_product_id', 'depositoryCustomerProductId', False, 'uuid'),
            ('cash_customer_product_id', 'cashCustomerProductId', False, 'uuid'),
            ('trade_side', 'tradeSide', False, ('enum', 'TradeSideEnum')),
            ('isin', 'isin', False, 'str'),
            ('quantity', 'quantity', False, 'float'),
            ('order_type', 'orderType', False, ('enum', 'TraditionalAssetOrderTypeEnum')),
            ('quantity_type', 'quantityType', False, ('enum', 'TraditionalAssetOrderQuantityTypeEnum')),
            ('limit_price', 'limitPrice', False, 'float'),
            ('stop_price', 'stopPrice', False, 'float'),
        ),
        'open',
    ),
    'OrderCostInfo': (
        'order_cost_info',
        (
            ('quantity', 'quantity', False, 'float'),
            ('trade_side', 'tradeSide', False, 'str'),
            ('exchange_code', 'exchangeCode', False, 'str'),
            ('gross_amount', 'grossAmount', False, 'float'),
            ('price_per_unit', 'pricePerUnit', False, 'float'),
            ('currency', 'currency', False, 'str'),
        ),
        'open',
    ),
    'OrderData': (
        'order_data',
        (
            ('crypto_symbol', 'cryptoSymbol', True, 'str'),
            ('trade_side', 'tradeSide', True, 'str'),
            ('quantity_type', 'quantityType', True, ('enum', 'QuantityType')),
            ('quantity', 'quantity', True, 'float'),
            ('external_id', 'externalId', True, 'str'),
            ('wallet_customer_product_id', 'walletCustomerProductId', True, 'uuid'),
            ('cash_customer_product_id', 'cashCustomerProductId', True, 'uuid'),
        ),
        'open',
    ),
    'OrderExecution': (
        'order_execution',
        (
        ),
        'open',
    ),
    'Orders': (
        'orders',
        (
            ('data', 'data', True, ('list', ('model', 'DigitalAssetsOrder'))),
            ('pagination', 'pagination', True, ('model', 'Pagination')),
        ),
        'open',
    ),
    'Pagination': (
        'pagination',
        (
            ('cursor', 'cursor', False, 'str'),
            ('limit', 'limit', False, 'int'),
        ),
        'open',
    ),
    'PartialExecution': (
        'partial_execution',
        (
        ),
        'open',
    ),
    'PartnerDocument': (
        'partner_document',
        (
            ('document_id', 'documentId', True, 'uuid'),
            ('size', 'size', True, 'int'),
            ('version', 'version', True, 'int'),
            ('name', 'name', True, 'str'),
            ('type_', 'type', True, 'str'),
            ('created_on', 'createdOn', True, 'datetime'),
            ('modified_on', 'modifiedOn', True, 'datetime'),
            ('valid_from', 'validFrom', False, 'date'),
            ('valid_until', 'validUntil', False, 'date'),
            ('description', 'description', False, 'str'),
        ),
        'open',
    ),
    'PartnerDocuments': (
        'partner_documents',
        (
            ('data', 'data', True, ('list', ('model', 'PartnerDocument'))),
            ('pagination', 'pagination', True, ('model', 'Pagination')),
        ),
        'open',
    ),
    'PartnerFee': (
        'partner_fee',
        (
            ('partner_fee_id', 'partnerFeeId', False, 'str'),
            ('product_code', 'productCode', False, 'str'),
            ('partner_fee_category', 'partnerFeeCategory', False, 'str'),
            ('partner_fee_status', 'partnerFeeStatus', False, 'str'),
            ('partner_fee_currency', 'partnerFeeCurrency', False, 'str'),
            ('partner_fee_type', 'partnerFeeType', False, 'str'),
            ('partner_fee_trigger', 'partnerFeeTrigger', False, 'str'),
            ('partner_fee_frequency', 'partnerFeeFrequency', False, 'str'),
            ('partner_fee_collection', 'partnerFeeCollection', False, 'str'),
            ('partner_id', 'partnerId', False, 'str'),
            ('partner_fee_trigger_event', 'partnerFeeTriggerEvent', False, 'str'),
            ('partner_fixed_fee_amount', 'partnerFixedFeeAmount', False, 'float'),
            ('partner_fee_ratio', 'partnerFeeRatio', False, 'float'),
            ('partner_min_fee_amount', 'partnerMinFeeAmount', False, 'float'),
            ('partner_max_fee_amount', 'partnerMaxFeeAmount', False, 'float'),
            ('valid_from', 'validFrom', False, 'str'),
            ('valid_until', 'validUntil', False, 'str'),
            ('created_on', 'createdOn', False, 'str'),
            ('modified_on', 'modifiedOn', False, 'str'),
        ),
        'open',
    ),
    'PostUserOnboardingsBody': (
        'post_user_onboardings_body',
        (
            ('user_id', 'userId', False, 'str'),
        ),
        'open',
    ),
    'PostUserOnboardingsResponse200': (
        'post_user_onboardings_response_200',
        (
            ('onboarding_id', 'onboardingId', False, 'str'),
        ),
        'open',
    ),
    'PrepareLegalEntityDataBody': (
        'prepare_legal_entity_data_body',
        (
        ),
        'open',
    ),
    'ProductDefinition': (
        'product_definition',
        (
            ('name', 'name', False, 'str'),
            ('product_type', 'productType', False, 'str'),
            ('product_code', 'productCode', False, 'str'),
            ('description', 'description', False, 'str'),
            ('is_active', 'isActive', False, 'bool'),
        ),
        'open',
    ),
    'ProductDefinitions': (
        'product_definitions',
        (
            ('data', 'data', False, ('list', ('model', 'ProductDefinition'))),
        ),
        'open',
    ),
    'ProxyCreateData': (
        'proxy_create_data',
        (
            ('proxy_type', 'proxyType', True, 'str'),
            ('natural_person_id', 'naturalPersonId', True, 'uuid'),
            ('entity_id', 'entityId', True, 'uuid'),
            ('entity_type', 'entityType', True, 'str'),
            ('validity_type', 'validityType', True, 'str'),
            ('product_ids', 'productIds', False, ('list', 'uuid')),
            ('scope_type', 'scopeType', False, 'str'),
            ('custody_type', 'custodyType', False, 'str'),
        ),
        'open',
    ),
    'Quantity': (
        'quantity',
        (
            ('unit', 'unit', True, 'float'),
            ('amount', 'amount', True, 'float'),
        ),
        'open',
    ),
    'RefAccount': (
        'ref_account',
        (
            ('bank_name', 'bankName', False, 'str'),
            ('iban', 'iban', False, 'str'),
            ('bic', 'bic', False, 'str'),
            ('type_', 'type', False, 'str'),
            ('owner_name', 'ownerName', False, 'str'),
        ),
        'open',
    ),
    'RoleOffboarding': (
        'role_offboarding',
        (
            ('offboarding_id', 'offboardingId', False, 'str'),
            ('status', 'status', False, 'str'),
            ('role_type', 'roleType', False, 'str'),
            ('role_id', 'roleId', False, 'str'),
            ('reason', 'reason', False, 'str'),
            ('created_on', 'createdOn', False, 'str'),
            ('modified_on', 'modifiedOn', False, 'str'),
        ),
        'open',
    ),
    'RoleOffboardingData': (
        'role_offboarding_data',
        (
            ('role_type', 'roleType', True, 'str'),
            ('role_id', 'roleId', True, 'uuid'),
            ('reason', 'reason', True, 'str'),
        ),
        'open',
    ),
    'SavingsPlan': (
        'savings_plan',
        (
            ('saving_plan_id', 'savingPlanId', True, 'uuid'),
            ('customer_id', 'customerId', True, 'uuid'),
            ('status', 'status', True, 'str'),
            ('created_on', 'createdOn', True, 'datetime'),
            ('message', 'message', False, 'str'),
        ),
        'open',
    ),
    'SavingsPlanData': (
        'savings_plan_data',
        (
            ('instrument_type', 'instrumentType', True, 'str'),
            ('instrument_identifier', 'instrumentIdentifier', True, 'str'),
            ('savings_amount', 'savingsAmount', True, 'str'),
            ('currency', 'currency', True, 'str'),
            ('interval_period', 'intervalPeriod', True, 'str'),
            ('interval_day', 'intervalDay', True, 'str'),
            ('liquidity_customer_product_id', 'liquidityCustomerProductId', True, 'uuid'),
            ('savings_customer_product_id', 'savingsCustomerProductId', True, 'uuid'),
        ),
        'open',
    ),
    'SavingsPlanResult': (
        'savings_plan_result',
        (
            ('uuid', 'uuid', True, 'uuid'),
        ),
        'open',
    ),
    'SavingsPlanUpdateData': (
        'savings_plan_update_data',
        (
        ),
        'open',
    ),
    'SavingsPlansNotification': (
        'savings_plans_notification',
        (
            ('savings_plan_id', 'savingsPlanId', False, 'any'),
            ('customer_id', 'customerId', False, 'any'),
            ('external_id', 'externalId', False, 'any'),
            ('modified_on', 'modifiedOn', False, 'any'),
            ('status', 'status', False, 'any'),
            ('notification_type', 'notificationType', False, 'any'),
            ('validation_error', 'validationError', False, 'any'),
        ),
        'open',
    ),
    'SepaData': (
        'sepa_data',
        (
            ('sct', 'SCT', False, 'str'),
            ('sdd', 'SDD', False, 'str'),
        ),
        'open',
    ),
    'SignDocumentBody': (
        'sign_document_body',
        (
            ('partner_document_id', 'partnerDocumentId', False, 'any'),
            ('natural_person_id', 'naturalPersonId', False, 'any'),
            ('customer_id', 'customerId', False, 'any'),
        ),
        'open',
    ),
    'StartOffboardingResult': (
        'start_offboarding_result',
        (
            ('offboarding_id', 'offboardingId', True, 'uuid'),
        ),
        'open',
    ),
    'StartOnboardingResult': (
        'start_onboarding_result',
        (
            ('onboarding_id', 'onboardingId', True, 'uuid'),
        ),
        'open',
    ),
    'StartRoleOffboardingResult': (
        'start_role_offboarding_result',
        (
            ('offboarding_id', 'offboardingId', False, 'str'),
        ),
        'open',
    ),
    'Strategies': (
        'strategies',
        (
            ('data', 'data', False, ('list', ('model', 'Strategy'))),
            ('pagination', 'pagination', False, ('model', 'Pagination')),
        ),
        'open',
    ),
    'Strategy': (
        'strategy',
        (
            ('strategy_id', 'strategyId', False, 'uuid'),
            ('subscribers_count', 'subscribersCount', False, 'float'),
            ('created_on', 'createdOn', False, 'datetime'),
            ('modified_on', 'modifiedOn', False, 'datetime'),
            ('status', 'status', False, 'str'),
            ('subscribers', 'subscribers', False, ('list', ('model', 'StrategySubscriber'))),
            ('name', 'name', False, 'str'),
            ('code', 'code', False, 'str'),
            ('description', 'description', False, 'str'),
            ('type_', 'type', False, 'str'),
            ('automation', 'automation', False, 'bool'),
            ('automated_investing', 'automatedInvesting', False, 'bool'),
            ('execution_start_date', 'executionStartDate', False, 'str'),
            ('execution_end_date', 'executionEndDate', False, 'str'),
            ('execution_frequency', 'executionFrequency', False, 'str'),
            ('min_order_amount', 'minOrderAmount', False, 'float'),
            ('order_disaggregated', 'orderDisaggregated', False, 'bool'),
            ('cash_weights', 'cashWeights', False, ('list', ('model', 'StrategyCashWeight'))),
            ('strategy_assets', 'strategyAssets', False, ('list', ('model', 'StrategyAsset'))),
        ),
        'open',
    ),
    'StrategyAsset': (
        'strategy_asset',
        (
            ('isin', 'isin', False, 'str'),
            ('weight', 'weight', False, 'float'),
        ),
        'open',
    ),
    'StrategyCashWeight': (
        'strategy_cash_weight',
        (
            ('cash_weight', 'cashWeight', False, 'float'),
            ('cash_currency', 'cashCurrency', False, 'str'),
        ),
        'open',
    ),
    'StrategySubscriber': (
        'strategy_subscriber',
        (
            ('subscriber_id', 'subscriberId', False, 'str'),
            ('customer_id', 'customerId', False, 'str'),
            ('deposit_account', 'depositAccount', False, ('model', 'StrategySubscriberDepositAccount')),
            ('settlement_account', 'settlementAccount', False, ('model', 'StrategySubscriberSettlementAccount')),
        ),
        'open',
    ),
    'StrategySubscriberDepositAccount': (
        'strategy_subscriber_deposit_account',
        (
            ('customer_product_id', 'customerProductId', False, 'str'),
        ),
        'open',
    ),
    'StrategySubscriberSettlementAccount': (
        'strategy_subscriber_settlement_account',
        (
            ('customer_product_id', 'customerProductId', False, 'str'),
        ),
        'open',
    ),
    'TaxDetails': (
        'tax_details',
        (
            ('tax_id', 'taxId', False, 'str'),
            ('tax_residency', 'taxResidency', False, 'str'),
            ('no_tin_confirmation', 'noTinConfirmation', False, 'bool'),
        ),
        'open',
    ),
    'TaxExemptionOrder': (
        'tax_exemption_order',
        (
            ('status', 'status', True, 'str'),
            ('created_on', 'createdOn', True, 'str'),
            ('modified_on', 'modifiedOn', True, 'str'),
            ('entity_id', 'entityId', True, 'str'),
            ('entity_type', 'entityType', True, 'str'),
            ('fsa_type', 'fsaType', True, 'str'),
            ('fsa_amount', 'fsaAmount', True, 'float'),
            ('tax_exemption_order_id', 'taxExemptionOrderId', False, 'str'),
            ('fsa_valid_from', 'fsaValidFrom', False, 'str'),
            ('fsa_valid_until', 'fsaValidUntil', False, 'str'),
        ),
        'open',
    ),
    'TaxExemptionOrderData': (
        'tax_exemption_order_data',
        (
            ('entity_id', 'entityId', True, 'uuid'),
            ('entity_type', 'entityType', True, ('enum', 'EntityTypeEnum')),
            ('fsa_type', 'fsaType', True, ('enum', 'FsaTypeEnum')),
            ('fsa_amount', 'fsaAmount', True, 'float'),
            ('fsa_valid_from', 'fsaValidFrom', False, 'date'),
            ('fsa_valid_until', 'fsaValidUntil', False, 'date'),
        ),
        'open',
    ),
    'TaxExemptionOrders': (
        'tax_exemption_orders',
        (
            ('data', 'data', False, ('list', ('model', 'TaxExemptionOrder'))),
            ('pagination', 'pagination', False, ('model', 'Pagination')),
        ),
        'open',
    ),
    'TaxInformation': (
        'tax_information',
        (
            ('tax_year', 'taxYear', True, 'int'),
            ('loss_pot_equities', 'lossPotEquities', True, 'float'),
            ('loss_pot_general', 'lossPotGeneral', True, 'float'),
            ('income_covered_equities', 'incomeCoveredEquities', True, 'float'),
            ('income_covered_general', 'incomeCoveredGeneral', True, 'float'),
            ('used_fsa', 'usedFsa', True, 'float'),
            ('withheld_capital_gains_tax', 'withheldCapitalGainsTax', True, 'float'),
            ('withheld_solidarity_tax', 'withheldSolidarityTax', True, 'float'),
            ('withheld_church_tax', 'withheldChurchTax', True, 'float'),
            ('credited_foreign_withholding_tax', 'creditedForeignWithholdingTax', True, 'float'),
        ),
        'open',
    ),
    'TokenizedAsset': (
        'tokenized_asset',
        (
            ('underlying', 'underlying', False, 'any'),
            ('token_symbol', 'tokenSymbol', False, 'any'),
            ('name', 'name', False, 'any'),
            ('quantity', 'quantity', False, 'any'),
            ('available_quantity', 'availableQuantity', False, 'any'),
            ('avg_buy_price', 'avgBuyPrice', False, 'any'),
            ('current_price', 'currentPrice', False, 'any'),
            ('currency', 'currency', False, 'any'),
            ('modified_on', 'modifiedOn', False, 'any'),
        ),
        'open',
    ),
    'TraditionalAsset': (
        'traditional_asset',
        (
            ('isin', 'isin', False, 'str'),
            ('quantity', 'quantity', False, 'float'),
            ('available_quantity', 'availableQuantity', False, 'float'),
            ('modified_on', 'modifiedOn', False, 'str'),
        ),
        'open',
    ),
    'Transaction': (
        'transaction',
        (
            ('transaction_id', 'transactionId', False, 'uuid'),
            ('customer_id', 'customerId', False, 'uuid'),
            ('created_on', 'createdOn', False, 'datetime'),
            ('modified_on', 'modifiedOn', False, 'datetime'),
            ('transaction_type', 'transactionType', False, 'str'),
            ('transaction_status', 'transactionStatus', False, 'str'),
            ('booking_date', 'bookingDate', False, 'date'),
            ('value_date', 'valueDate', False, 'date'),
            ('digital_trading_transaction', 'digitalTradingTransaction', False, ('model', 'DigitalTradingTransaction')),
            ('traditional_trading_transaction', 'traditionalTradingTransaction', False, ('model', 'TransactionTraditionalTradingTransaction')),
            ('cash_transaction', 'cashTransaction', False, ('model', 'TransactionCashTransaction')),
        ),
        'open',
    ),
    'TransactionCashTransaction': (
        'transaction_cash_transaction',
        (
            ('transfer_id', 'transferId', False, 'str'),
            ('reference_message', 'referenceMessage', False, 'str'),
            ('counterparty_name', 'counterpartyName', False, 'str'),
            ('customer_product_id', 'customerProductId', False, 'str'),
            ('iban', 'iban', False, 'str'),
            ('bic', 'bic', False, 'str'),
        ),
        'open',
    ),
    'TransactionTraditionalTradingTransaction': (
        'transaction_traditional_trading_transaction',
        (
            ('order_id', 'orderId', False, 'str'),
            ('depository_customer_product_id', 'depositoryCustomerProductId', False, 'str'),
            ('cash_customer_product_id', 'cashCustomerProductId', False, 'str'),
            ('isin', 'isin', False, 'str'),
            ('exchange_code', 'exchangeCode', False, 'str'),
            ('asset_type', 'assetType', False, 'str'),
            ('trade_side', 'tradeSide', False, 'str'),
            ('quantity_type', 'quantityType', False, 'str'),
            ('quantity', 'quantity', False, 'float'),
            ('currency', 'currency', False, 'str'),
            ('order_type', 'orderType', False, 'str'),
            ('limit_price', 'limitPrice', False, 'float'),
            ('stop_price', 'stopPrice', False, 'float'),
            ('expiry_date', 'expiryDate', False, 'str'),
            ('order_status', 'orderStatus', False, 'str'),
            ('external_id', 'externalId', False, 'str'),
            ('execution_data', 'executionData', False, ('model', 'TransactionTraditionalTradingTransactionExecutionData')),
            ('partial_executions', 'partialExecutions', False, ('list', ('model', 'TransactionTraditionalTradingTransactionPartialExecutionsItem'))),
        ),
        'open',
    ),
    'TransactionTraditionalTradingTransactionExecutionData': (
        'transaction_traditional_trading_transaction_execution_data',
        (
            ('quantity', 'quantity', False, 'float'),
            ('execution_price', 'executionPrice', False, 'float'),
            ('execution_amount', 'executionAmount', False, 'float'),
            ('remaining_quantity', 'remainingQuantity', False, 'float'),
            ('fee_description', 'feeDescription', False, 'str'),
            ('fee_amount', 'feeAmount', False, 'float'),
            ('external_id', 'externalId', False, 'str'),
            ('german_cit', 'germanCit', False, 'float'),
            ('solidarity_surcharge', 'solidaritySurcharge', False, 'float'),
            ('church_tax', 'churchTax', False, 'float'),
        ),
        'open',
    ),
    'TransactionTraditionalTradingTransactionPartialExecutionsItem': (
        'transaction_traditional_trading_transaction_partial_executions_item',
        (
            ('execution_id', 'executionId', False, 'str'),
            ('execution_price', 'executionPrice', False, 'float'),
            ('execution_quantity', 'executionQuantity', False, 'float'),
            ('amount', 'amount', False, 'float'),
        ),
        'open',
    ),
    'Transfer': (
        'transfer',
        (
            ('transfer_id', 'transferId', False, 'str'),
            ('transfer_status', 'transferStatus', False, 'str'),
            ('reject_reason', 'rejectReason', False, 'str'),
            ('created_on', 'createdOn', False, 'str'),
            ('modified_on', 'modifiedOn', False, 'str'),
            ('customer_id', 'customerId', False, 'str'),
            ('customer_product_id', 'customerProductId', False, 'str'),
        ),
        'open',
    ),
    'TransferResult': (
        'transfer_result',
        (
            ('transfer', 'transfer', False, ('model', 'Transfer')),
        ),
        'open',
    ),
    'UpdateCustomerLabelData': (
        'update_customer_label_data',
        (
            ('name', 'name', True, 'str'),
        ),
        'open',
    ),
    'UpdateCustomerProductData': (
        'update_customer_product_data',
        (
            ('status', 'status', True, 'str'),
        ),
        'open',
    ),
    'UpdateCustomerProductResponse400': (
        'update_customer_product_response_400',
        (
        ),
        'open',
    ),
    'UpdateCustomerProductResponse404': (
        'update_customer_product_response_404',
        (
        ),
        'open',
    ),
    'UpdateLegalEntityBody': (
        'update_legal_entity_body',
        (
        ),
        'open',
    ),
    'UpdateOrderData': (
        'update_order_data',
        (
            ('quantity_type', 'quantityType', False, 'str'),
            ('quantity', 'quantity', False, 'float'),
            ('currency', 'currency', False, 'str'),
            ('order_type', 'orderType', False, 'str'),
            ('limit_price', 'limitPrice', False, 'float'),
            ('stop_price', 'stopPrice', False, 'float'),
            ('expiry_date', 'expiryDate', False, 'date'),
        ),
        'open',
    ),
    'UpdateTaxExemptionOrderData': (
        'update_tax_exemption_order_data',
        (
            ('fsa_amount', 'fsaAmount', False, 'float'),
            ('fsa_valid_until', 'fsaValidUntil', False, 'date'),
        ),
        'open',
    ),
    'User': (
        'user',
        (
            ('user_id', 'userId', False, 'str'),
            ('global_id', 'globalId', False, 'str'),
            ('status', 'status', False, 'str'),
            ('created_on', 'createdOn', False, 'str'),
            ('modified_on', 'modifiedOn', False, 'str'),
            ('gender', 'gender', False, 'str'),
            ('first_name', 'firstName', False, 'str'),
        ),
        'open',
    ),
    'UserData': (
        'user_data',
        (
            ('gender', 'gender', True, 'str'),
            ('first_name', 'firstName', True, 'str'),
            ('last_name', 'lastName', True, 'str'),
            ('birth_day', 'birthDay', True, 'date'),
            ('birth_place', 'birthPlace', True, 'str'),
            ('birth_country', 'birthCountry', True, 'str'),
            ('type_', 'type', True, 'str'),
            ('middle_name', 'middleName', False, 'str'),
            ('nationalities', 'nationalities', False, ('list', 'str')),
            ('main_address', 'mainAddress', False, ('model', 'UserDataMainAddress')),
            ('contact', 'contact', False, ('model', 'UserDataContact')),
        ),
        'open',
    ),
    'UserDataContact': (
        'user_data_contact',
        (
            ('phone', 'phone', False, 'str'),
            ('email', 'email', False, 'str'),
            ('fax', 'fax', False, 'str'),
            ('website', 'website', False, 'str'),
        ),
        'open',
    ),
    'UserDataMainAddress': (
        'user_data_main_address',
        (
            ('street', 'street', False, 'str'),
            ('street_number', 'streetNumber', False, 'str'),
            ('city', 'city', False, 'str'),
            ('zip_', 'zip', False, 'str'),
            ('country', 'country', False, 'str'),
            ('additional_info', 'additionalInfo', False, 'str'),
        ),
        'open',
    ),
    'Users': (
        'users',
        (
            ('data', 'data', False, ('list', ('model', 'User'))),
        ),
        'open',
    ),
    'Validation': (
        'validation',
        (
        ),
        'open',
    ),
    'Validations': (
        'validations',
        (
        ),
        'open',
    ),
    'WawexMarketOrderDetails': (
        'wawex_market_order_details',
        (
            ('symbol', 'symbol', False, 'str'),
            ('quantity_type', 'quantityType', False, 'str'),
            ('quantity', 'quantity', False, 'float'),
            ('asset_type', 'assetType', False, 'str'),
        ),
        'open',
    ),
    'WawexOrder': (
        'wawex_order',
        (
            ('status', 'status', False, 'str'),
            ('side', 'side', False, 'str'),
            ('order_id', 'orderId', False, 'str'),
            ('wallet_customer_product_id', 'walletCustomerProductId', False, 'str'),
            ('message', 'message', False, 'str'),
            ('created_on', 'createdOn', False, 'str'),
            ('modified_on', 'modifiedOn', False, 'str'),
            ('external_id', 'externalId', False, 'str'),
            ('market_order_data', 'marketOrderData', False, ('model', 'WawexMarketOrderDetails')),
            ('execution_data', 'executionData', False, ('model', 'WawexOrderExecutionData')),
            ('cash_customer_product_id', 'cashCustomerProductId', False, 'str'),
        ),
        'open',
    ),
    'WawexOrderExecutionData': (
        'wawex_order_execution_data',
        (
            ('quantity', 'quantity', False, 'float'),
            ('execution_price', 'executionPrice', False, 'float'),
            ('execution_amount', 'executionAmount', False, 'float'),
        ),
        'open',
    ),
    'Webhook': (
        'webhook',
        (
            ('created_on', 'createdOn', True, 'datetime'),
            ('modified_on', 'modifiedOn', True, 'datetime'),
            ('event_type', 'eventType', True, ('enum', 'EventTypeEnum')),
            ('url', 'url', True, 'str'),
            ('headers', 'headers', False, ('list', ('model', 'Header'))),
        ),
        'open',
    ),
    'WebhookData': (
        'webhook_data',
        (
            ('event_type', 'eventType', True, ('enum', 'EventTypeEnum')),
            ('url', 'url', True, 'str'),
            ('headers', 'headers', False, ('list', ('model', 'Header'))),
        ),
        'open',
    ),
}
"""class name -> (module under models/, ((python name, wire name, required, shape), ...), undeclared keys)"""

ENUMS: Final[dict[str, tuple[str, ...]]] = {
    'BeneficialOwnerDataUboRelationship': ('DIRECTLY_HOLDING_25', 'DOMINANT_INFLUENCE_OVER_SHARE_CAPITAL', 'INDIRECTLY_HOLDING_25'),
    'CorporateActionEventTypeEnum': ('BONU', 'CHDV', 'DVCA', 'DVOP', 'DVSE', 'EXRI', 'INTR', 'LIQU', 'MEET', 'REDM', 'SPLF', 'TEND'),
    'CorporateActionStatusEnum': ('ANNOUNCED', 'PENDING', 'REJECTED', 'SETTLED'),
    'CustomerProductStatus': ('ACTIVE', 'BLOCKED', 'CLOSED', 'INACTIVE', 'INVALID', 'PENDING', 'RECEIVED', 'REJECTED', 'RESTRICTED'),
    'DocumentResourceTypeEnum': ('CUSTOMER', 'LEGAL_ENTITY', 'NATURAL_PERSON', 'PARTNER_USER', 'PROXY'),
    'DocumentStatusEnum': ('APPROVED', 'ARCHIVED', 'CREATED', 'INVALID', 'PENDING', 'RECEIVED', 'REJECTED'),
    'EntityTypeEnum': ('BENEFICIAL_OWNER', 'JOINT_PERSON', 'LEGAL_ENTITY', 'LEGAL_REPRESENTATIVE', 'NATURAL_PERSON'),
    'EventTypeEnum': ('BENEFICIAL_OWNER_NOTIFICATION', 'CORPORATE_ACTION_NOTIFICATION', 'CUSTOMER_NOTIFICATION', 'CUSTOMER_PRODUCT_NOTIFICATION', 'DIGITAL_ASSET_ORDER_NOTIFICATION', 'DOCUMENT_NOTIFICATION', 'IDENTIFICATION_VERIFICATION_NOTIFICATION', 'JOINT_PERSON_NOTIFICATION', 'LABELS_UPDATE_NOTIFICATION', 'LEGAL_ENTITY_NOTIFICATION', 'LEGAL_ENTITY_SEARCH_NOTIFICATION', 'LEGAL_REPRESENTATIVE_NOTIFICATION', 'NATURAL_PERSON_NOTIFICATION', 'OFFBOARDING_NOTIFICATION', 'ONBOARDING_NOTIFICATION', 'PARTNER_DOCUMENT_NOTIFICATION', 'PARTNER_NOTIFICATION', 'PROXY_NOTIFICATION', 'RE_TOKEN_PRICES', 'SAVINGS_PLANS_NOTIFICATION', 'STRATEGY_NOTIFICATION', 'TAX_EXEMPTION_ORDER_NOTIFICATION', 'TOKENIZED_ASSET_ORDER_NOTIFICATION', 'TRADITIONAL_ASSET_ORDER_NOTIFICATION', 'TRANSFER_NOTIFICATION', 'USER_NOTIFICATION'),
    'FsaTypeEnum': ('INDIVIDUAL', 'JOINT'),
    'GetTokenResponse400Error': ('invalid_client', 'invalid_grant', 'invalid_request', 'unauthorized_client', 'unsupported_grant_type'),
    'OrderStatusEnum': ('CANCELED', 'CORRECTED', 'FILLED', 'INVALID', 'PENDING', 'RECEIVED', 'REJECTED', 'SETTLED'),
    'ProductCodeEnum': ('BALANCE_ACCOUNT', 'CURRENCY_WALLET', 'DEPOSITORY_ACCOUNT', 'WALLET'),
    'ProductTypeEnum': ('CASH', 'DEPOSITORY', 'WALLET'),
    'QuantityType': ('AMOUNT', 'UNIT'),
    'QuantityTypeEnum': ('UNIT',),
    'TradeSideEnum': ('BUY', 'SELL'),
    'TraditionalAssetExchangeCodeEnum': ('TGAT', 'XFRA'),
    'TraditionalAssetOrderQuantityTypeEnum': ('UNIT',),
    'TraditionalAssetOrderTypeEnum': ('LIMIT', 'MARKET', 'STOP'),
}
"""enum alias -> the values the spec lists"""

ANSWERS: Final[dict[str, tuple[tuple[int, int, str, Any], ...]]] = {
    'accept-quote': (
        (200, 200, 'json', ('model', 'CreateDigitalAssetsOrderResult')),
        (400, 400, 'json', ('model', 'AcceptQuoteResponse400')),
        (409, 409, 'json', ('model', 'AcceptQuoteResponse409')),
    ),
    'add-label-to-all-provided-customers': (
        (202, 202, 'none', 'any'),
    ),
    'add-label-to-all-provided-customers-v1': (
        (202, 202, 'none', 'any'),
    ),
    'cancel-order': (
        (202, 202, 'none', 'any'),
        (400, 400, 'json', ('model', 'CancelOrderResponse400')),
        (404, 404, 'json', ('model', 'CancelOrderResponse404')),
    ),
    'cancel-order-wawex': (
        (200, 200, 'json', ('model', 'CancelOrderWawexResponse200')),
    ),
    'connect-token': (
        (200, 200, 'json', ('model', 'ConnectTokenResponse')),
    ),
    'create-beneficial-owner': (
        (200, 200, 'json', ('model', 'CreateBeneficialOwnerResult')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (409, 409, 'json', ('model', 'ErrorMessage')),
        (501, 501, 'json', ('model', 'ErrorMessage')),
    ),
    'create-customer': (
        (200, 200, 'json', ('model', 'CreateCustomerResult')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (409, 409, 'json', ('model', 'ErrorMessage')),
    ),
    'create-customer-product': (
        (200, 200, 'json', ('model', 'CreateCustomerProductResult')),
        (400, 400, 'json', ('model', 'CreateCustomerProductResponse400')),
    ),
    'create-identification-verification': (
        (200, 200, 'json', ('model', 'CreateIdentificationVerificationResult')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (501, 501, 'json', ('model', 'ErrorMessage')),
    ),
    'create-joint-person': (
        (200, 200, 'json', ('model', 'CreateJointPersonResult')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (409, 409, 'json', ('model', 'ErrorMessage')),
    ),
    'create-legal-entity': (
        (200, 200, 'json', ('model', 'CreateLegalEntityResult')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (409, 409, 'json', ('model', 'ErrorMessage')),
        (501, 501, 'json', ('model', 'ErrorMessage')),
    ),
    'create-legal-representative': (
        (200, 200, 'json', ('model', 'CreateLegalRepresentativeResult')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (409, 409, 'json', ('model', 'ErrorMessage')),
        (501, 501, 'json', ('model', 'ErrorMessage')),
    ),
    'create-market-order': (
        (200, 200, 'json', ('model', 'CreateDigitalAssetsOrderResult')),
        (400, 400, 'json', ('model', 'CreateMarketOrderResponse400')),
        (409, 409, 'json', ('model', 'CreateMarketOrderResponse409')),
    ),
    'create-market-order-trading': (
        (0, 999, 'none', 'any'),
    ),
    'create-market-order-wawex': (
        (200, 200, 'json', ('model', 'CreateOrderResult')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
    ),
    'create-natural-person': (
        (200, 200, 'json', ('model', 'CreateNaturalPersonResult')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (409, 409, 'json', ('model', 'ErrorMessage')),
    ),
    'create-natural-person-identification': (
        (202, 202, 'none', 'any'),
        (400, 400, 'json', ('model', 'ErrorMessage')),
    ),
    'create-natural-person-v1': (
        (200, 200, 'json', ('model', 'CreateNaturalPersonResultV1')),
        (400, 400, 'none', 'any'),
        (409, 409, 'none', 'any'),
    ),
    'create-natural-person-wizard-instance': (
        (200, 200, 'json', ('model', 'CreateNaturalPersonWizardResult')),
        (400, 400, 'json', ('model', 'CreateNaturalPersonWizardInstanceResponse400')),
    ),
    'create-or-update-webhook': (
        (200, 200, 'none', 'any'),
    ),
    'create-proxy': (
        (200, 200, 'json', ('model', 'CreateProxyResult')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (409, 409, 'json', ('model', 'ErrorMessage')),
    ),
    'create-savings-plan': (
        (202, 202, 'json', ('model', 'SavingsPlanResult')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
    ),
    'create-tax-exemption-order': (
        (200, 200, 'json', ('model', 'CreateTaxExemptionOrderResult')),
    ),
    'create-test-incoming-transfer': (
        (202, 202, 'none', 'any'),
    ),
    'create-transfer': (
        (0, 999, 'none', 'any'),
    ),
    'create-user': (
        (200, 200, 'json', ('model', 'CreateUserResult')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
    ),
    'delete-a-savings-plan': (
        (200, 200, 'none', 'any'),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (404, 404, 'json', ('model', 'ErrorMessage')),
    ),
    'delete-webhook': (
        (200, 200, 'none', 'any'),
    ),
    'ex-ante-cost-information': (
        (200, 200, 'json', ('model', 'ExAnteCostResult')),
        (400, 400, 'none', 'any'),
    ),
    'ex-ante-cost-information-for-savings-plans': (
        (0, 999, 'json', ('model', 'ExAnteSavingsPlansCostResult')),
    ),
    'get-all-customer-labels-with-customers-count': (
        (200, 200, 'json', ('list', ('model', 'CustomerLabelWithAssignedCustomersCount'))),
    ),
    'get-all-missing-webhooks': (
        (200, 200, 'json', ('list', ('model', 'MissingWebhook'))),
    ),
    'get-all-webhooks': (
        (200, 200, 'json', ('list', ('model', 'Webhook'))),
    ),
    'get-customer': (
        (200, 200, 'json', ('model', 'GetCustomerResponse200')),
    ),
    'get-customer-product': (
        (200, 200, 'json', ('model', 'CustomerProduct')),
        (400, 400, 'json', ('model', 'GetCustomerProductResponse400')),
        (404, 404, 'json', ('model', 'GetCustomerProductResponse404')),
    ),
    'get-customer-products': (
        (200, 200, 'json', ('list', ('model', 'CustomerProduct'))),
        (400, 400, 'json', ('model', 'GetCustomerProductsResponse400')),
    ),
    'get-customers': (
        (200, 200, 'json', ('model', 'Customers')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
    ),
    'get-customers-changelog': (
        (200, 200, 'json', ('model', 'Changelogs')),
        (400, 400, 'json', ('model', 'GetCustomersChangelogResponse400')),
    ),
    'get-digital-changelog': (
        (200, 200, 'json', ('model', 'Changelogs')),
    ),
    'get-document': (
        (0, 999, 'none', 'any'),
    ),
    'get-document-file': (
        (0, 999, 'none', 'any'),
    ),
    'get-document-v1': (
        (200, 200, 'json', ('model', 'DocumentV1')),
        (404, 404, 'json', ('model', 'GetDocumentV1Response404')),
    ),
    'get-documents': (
        (200, 200, 'json', ('model', 'Documents')),
    ),
    'get-entities-changelog': (
        (200, 200, 'json', ('model', 'Changelogs')),
    ),
    'get-entity-offboarding-information': (
        (200, 200, 'json', ('model', 'GetEntityOffboardingInformationResponse200')),
        (404, 404, 'json', ('model', 'ErrorMessage')),
    ),
    'get-fee-configurations-for-products': (
        (200, 200, 'json', ('list', ('model', 'PartnerFee'))),
        (400, 400, 'json', ('model', 'GetFeeConfigurationsForProductsResponse400')),
    ),
    'get-fee-instances': (
        (200, 200, 'json', ('list', ('model', 'FeeInstance'))),
    ),
    'get-identification-verification': (
        (200, 200, 'json', ('model', 'GetIdentificationVerificationResponse200')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (501, 501, 'json', ('model', 'ErrorMessage')),
    ),
    'get-identification-verifications': (
        (200, 200, 'json', ('model', 'IdentificationVerifications')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (501, 501, 'json', ('model', 'ErrorMessage')),
    ),
    'get-joint-persons': (
        (200, 200, 'json', ('model', 'GetJointPersonsResponse200')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (501, 501, 'json', ('model', 'ErrorMessage')),
    ),
    'get-legal-entity-by-search-id': (
        (200, 200, 'json', ('model', 'LegalEntitySearchResult')),
        (400, 400, 'json', ('model', 'GetLegalEntityBySearchIdResponse400')),
        (404, 404, 'json', ('model', 'GetLegalEntityBySearchIdResponse404')),
    ),
    'get-legal-representatives': (
        (200, 200, 'json', ('model', 'LegalRepresentatives')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (501, 501, 'json', ('model', 'ErrorMessage')),
    ),
    'get-list-of-customer-labels-with-assigned-customers-count-v1': (
        (200, 200, 'json', ('list', ('model', 'CustomerLabelWithAssignedCustomersCountV1'))),
    ),
    'get-list-of-entity-offboardings': (
        (200, 200, 'json', ('list', ('model', 'EntityOffboarding'))),
        (404, 404, 'json', ('model', 'ErrorMessage')),
    ),
    'get-list-of-offboardings-for-a-role': (
        (200, 200, 'json', ('list', ('model', 'RoleOffboarding'))),
        (404, 404, 'json', ('model', 'ErrorMessage')),
    ),
    'get-list-of-onboardings': (
        (200, 200, 'json', ('list', ('model', 'Onboarding'))),
        (404, 404, 'json', ('model', 'ErrorMessage')),
    ),
    'get-list-of-users': (
        (200, 200, 'json', ('model', 'Users')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
    ),
    'get-natural-person': (
        (0, 999, 'none', 'any'),
    ),
    'get-natural-person-v1': (
        (200, 200, 'json', ('model', 'NaturalPerson')),
        (400, 400, 'json', ('model', 'GetNaturalPersonV1Response400')),
        (404, 404, 'json', ('model', 'GetNaturalPersonV1Response404')),
    ),
    'get-natural-person-wizard-by-instance-id': (
        (200, 200, 'json', ('model', 'GetNaturalPersonWizardByInstanceIdResponse200')),
    ),
    'get-natural-person-wizard-instances': (
        (200, 200, 'json', ('model', 'NaturalPersonWizardInstances')),
    ),
    'get-natural-persons': (
        (200, 200, 'json', ('model', 'GetNaturalPersonsResponse200')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
    ),
    'get-natural-persons-v1': (
        (200, 200, 'json', ('model', 'GetNaturalPersonsV1Response200')),
        (400, 400, 'none', 'any'),
    ),
    'get-offboarding': (
        (200, 200, 'json', ('model', 'Offboarding')),
        (404, 404, 'json', ('model', 'ErrorMessage')),
    ),
    'get-offboardings': (
        (200, 200, 'json', ('list', ('model', 'Offboarding'))),
        (404, 404, 'json', ('model', 'ErrorMessage')),
    ),
    'get-onboarding': (
        (200, 200, 'json', ('model', 'Onboarding')),
        (404, 404, 'json', ('model', 'ErrorMessage')),
    ),
    'get-order': (
        (200, 200, 'json', ('model', 'DigitalAssetsOrder')),
        (400, 400, 'json', ('model', 'GetOrderResponse400')),
    ),
    'get-order-receipt': (
        (200, 200, 'bytes', 'file'),
        (400, 400, 'json', ('model', 'GetOrderReceiptResponse400')),
        (404, 404, 'json', ('model', 'GetOrderReceiptResponse404')),
    ),
    'get-order-receipt-wawex': (
        (0, 999, 'none', 'any'),
    ),
    'get-order-wawex': (
        (200, 200, 'json', ('model', 'WawexOrder')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (404, 404, 'json', ('model', 'ErrorMessage')),
    ),
    'get-orders': (
        (200, 200, 'json', ('model', 'Orders')),
        (400, 400, 'json', ('model', 'GetOrdersResponse400')),
    ),
    'get-orders-wawex': (
        (200, 200, 'json', ('model', 'GetOrdersWawexResponse200')),
    ),
    'get-prices': (
        (0, 999, 'none', 'any'),
    ),
    'get-product-definitions': (
        (200, 200, 'json', ('model', 'ProductDefinitions')),
    ),
    'get-proxies': (
        (0, 999, 'none', 'any'),
    ),
    'get-role-offboarding-information': (
        (0, 999, 'none', 'any'),
    ),
    'get-savings-plan': (
        (200, 200, 'json', ('model', 'SavingsPlan')),
        (404, 404, 'json', ('model', 'ErrorMessage')),
    ),
    'get-search': (
        (0, 999, 'none', 'any'),
    ),
    'get-specific-joint-person': (
        (0, 999, 'none', 'any'),
    ),
    'get-specific-legal-entity': (
        (0, 999, 'none', 'any'),
    ),
    'get-strategies': (
        (0, 999, 'json', ('model', 'Strategies')),
    ),
    'get-strategy-by-customer-product-id': (
        (200, 200, 'json', ('model', 'Strategy')),
        (400, 400, 'json', ('model', 'GetStrategyByCustomerProductIdResponse400')),
        (404, 404, 'json', ('model', 'GetStrategyByCustomerProductIdResponse404')),
    ),
    'get-tax-exemption-orders': (
        (200, 200, 'json', ('model', 'TaxExemptionOrders')),
        (400, 400, 'json', ('model', 'GetTaxExemptionOrdersResponse400')),
    ),
    'get-tax-information': (
        (200, 200, 'json', ('model', 'TaxInformation')),
    ),
    'get-token': (
        (200, 200, 'json', ('model', 'AuthenticationResponse')),
        (400, 400, 'json', ('model', 'GetTokenResponse400')),
    ),
    'get-transaction': (
        (200, 200, 'json', ('model', 'Transaction')),
        (400, 400, 'json', ('model', 'GetTransactionResponse400')),
        (404, 404, 'json', ('model', 'GetTransactionResponse404')),
    ),
    'get-transfer': (
        (200, 200, 'json', ('model', 'TransferResult')),
        (404, 404, 'json', ('model', 'GetTransferResponse404')),
    ),
    'get-undelivered-webhooks': (
        (0, 999, 'none', 'any'),
    ),
    'get-user': (
        (200, 200, 'json', ('model', 'User')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (404, 404, 'json', ('model', 'ErrorMessage')),
    ),
    'get-user-onboarding': (
        (200, 200, 'json', ('model', 'GetUserOnboardingResponse200')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (404, 404, 'json', ('model', 'ErrorMessage')),
    ),
    'get-user-onboardings': (
        (200, 200, 'json', ('list', ('model', 'GetUserOnboardingsResponse200Item'))),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (404, 404, 'json', ('model', 'ErrorMessage')),
    ),
    'get-webhook': (
        (200, 200, 'json', ('model', 'Webhook')),
        (404, 404, 'json', ('model', 'GetWebhookResponse404')),
    ),
    'list-all-savings-plans-for-a-customer': (
        (0, 999, 'none', 'any'),
    ),
    'list-legal-entities': (
        (0, 999, 'none', 'any'),
    ),
    'monitor-onboarding-status': (
        (0, 999, 'none', 'any'),
    ),
    'onboard-legal-entity-as-customer': (
        (0, 999, 'none', 'any'),
    ),
    'post-user-onboardings': (
        (200, 200, 'json', ('model', 'PostUserOnboardingsResponse200')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
    ),
    'prepare-legal-entity-data': (
        (0, 999, 'none', 'any'),
    ),
    'remove-label-and-its-assignment-from-all-customers': (
        (202, 202, 'none', 'any'),
    ),
    'remove-label-and-its-assignment-from-all-customers-v1': (
        (202, 202, 'none', 'any'),
    ),
    'resend-email-with-initial-password-if-it-is-expired': (
        (200, 200, 'none', 'any'),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (404, 404, 'json', ('model', 'ErrorMessage')),
    ),
    'search-for-legal-entities': (
        (0, 999, 'none', 'any'),
    ),
    'sign-document': (
        (0, 999, 'none', 'any'),
    ),
    'start-entity-offboarding-process': (
        (200, 200, 'json', ('model', 'StartOffboardingResult')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (404, 404, 'json', ('model', 'ErrorMessage')),
        (409, 409, 'json', ('model', 'ErrorMessage')),
    ),
    'start-offboarding': (
        (200, 200, 'json', ('model', 'StartOffboardingResult')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (404, 404, 'json', ('model', 'ErrorMessage')),
        (409, 409, 'json', ('model', 'ErrorMessage')),
    ),
    'start-offboarding-process-for-a-role': (
        (200, 200, 'json', ('model', 'StartRoleOffboardingResult')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (404, 404, 'json', ('model', 'ErrorMessage')),
        (409, 409, 'json', ('model', 'ErrorMessage')),
    ),
    'start-onboarding': (
        (200, 200, 'json', ('model', 'StartOnboardingResult')),
        (400, 400, 'json', ('model', 'ErrorMessage')),
        (404, 404, 'json', ('model', 'ErrorMessage')),
        (409, 409, 'json', ('model', 'ErrorMessage')),
    ),
    'update-an-existing-savings-plan': (
        (0, 999, 'none', 'any'),
    ),
    'update-customer': (
        (202, 202, 'none', 'any'),
        (400, 400, 'json', ('model', 'ErrorMessage')),
    ),
    'update-customer-label': (
        (202, 202, 'none', 'any'),
    ),
    'update-customer-label-v1': (
        (202, 202, 'none', 'any'),
    ),
    'update-customer-product': (
        (200, 200, 'none', 'any'),
        (400, 400, 'json', ('model', 'UpdateCustomerProductResponse400')),
        (404, 404, 'json', ('model', 'UpdateCustomerProductResponse404')),
    ),
    'update-joint-person': (
        (0, 999, 'none', 'any'),
    ),
    'update-legal-entity': (
        (0, 999, 'none', 'any'),
    ),
    'update-natural-person-wizard-instance': (
        (0, 999, 'none', 'any'),
    ),
    'update-order': (
        (202, 202, 'none', 'any'),
    ),
    'update-tax-exemption-order': (
        (202, 202, 'none', 'any'),
        (400, 400, 'none', 'any'),
    ),
    'upload-document': (
        (0, 999, 'none', 'any'),
    ),
}
"""operationId -> ((lowest status, highest status, body source, shape), ...) in the generated code's order"""
