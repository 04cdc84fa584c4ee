"""Contains all the data models used in inputs/outputs.

Each model is imported when it is first used (PEP 562 ``__getattr__``): importing one operation, or
``from .models import X``, loads the models it needs and not all of them.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accept_quote_data import AcceptQuoteData
    from .accept_quote_response_400 import AcceptQuoteResponse400
    from .accept_quote_response_409 import AcceptQuoteResponse409
    from .account_data import AccountData
    from .address import Address
    from .asset_cost_info import AssetCostInfo
    from .authentication_response import AuthenticationResponse
    from .authorization_request import AuthorizationRequest
    from .bank_data import BankData
    from .beneficial_owner_data import BeneficialOwnerData
    from .beneficial_owner_data_ubo_relationship import (
        BeneficialOwnerDataUboRelationship,
    )
    from .cancel_order_response_400 import CancelOrderResponse400
    from .cancel_order_response_404 import CancelOrderResponse404
    from .cancel_order_wawex_response_200 import CancelOrderWawexResponse200
    from .changelog import Changelog
    from .changelog_change import ChangelogChange
    from .changelogs import Changelogs
    from .connect_token_request import ConnectTokenRequest
    from .connect_token_response import ConnectTokenResponse
    from .contact import Contact
    from .corporate_action import CorporateAction
    from .corporate_action_customer import CorporateActionCustomer
    from .corporate_action_dates import CorporateActionDates
    from .corporate_action_details import CorporateActionDetails
    from .corporate_action_event_type_enum import CorporateActionEventTypeEnum
    from .corporate_action_notification import CorporateActionNotification
    from .corporate_action_notification_accounts_item import (
        CorporateActionNotificationAccountsItem,
    )
    from .corporate_action_notification_dates import CorporateActionNotificationDates
    from .corporate_action_notification_details import (
        CorporateActionNotificationDetails,
    )
    from .corporate_action_notification_metadata import (
        CorporateActionNotificationMetadata,
    )
    from .corporate_action_status_enum import CorporateActionStatusEnum
    from .corporate_actions import CorporateActions
    from .create_beneficial_owner_result import CreateBeneficialOwnerResult
    from .create_customer_product_data import CreateCustomerProductData
    from .create_customer_product_response_400 import CreateCustomerProductResponse400
    from .create_customer_product_result import CreateCustomerProductResult
    from .create_customer_result import CreateCustomerResult
    from .create_digital_assets_order_result import CreateDigitalAssetsOrderResult
    from .create_identification_verification_result import (
        CreateIdentificationVerificationResult,
    )
    from .create_joint_person_result import CreateJointPersonResult
    from .create_legal_entity_data import CreateLegalEntityData
    from .create_legal_entity_data_invoice_address import (
        CreateLegalEntityDataInvoiceAddress,
    )
    from .create_legal_entity_data_nace_sectors_item import (
        CreateLegalEntityDataNaceSectorsItem,
    )
    from .create_legal_entity_result import CreateLegalEntityResult
    from .create_legal_representative_result import CreateLegalRepresentativeResult
    from .create_market_order_data import CreateMarketOrderData
    from .create_market_order_request import CreateMarketOrderRequest
    from .create_market_order_response_400 import CreateMarketOrderResponse400
    from .create_market_order_response_409 import CreateMarketOrderResponse409
    from .create_natural_person_result import CreateNaturalPersonResult
    from .create_natural_person_result_v1 import CreateNaturalPersonResultV1
    from .create_natural_person_wizard_instance_response_400 import (
        CreateNaturalPersonWizardInstanceResponse400,
    )
    from .create_natural_person_wizard_result import CreateNaturalPersonWizardResult
    from .create_order_result import CreateOrderResult
    from .create_proxy_result import CreateProxyResult
    from .create_tax_exemption_order_result import CreateTaxExemptionOrderResult
    from .create_test_incoming_payment_data import CreateTestIncomingPaymentData
    from .create_transfer_body import CreateTransferBody
    from .create_user_result import CreateUserResult
    from .crypto_asset import CryptoAsset
    from .customer import Customer
    from .customer_data import CustomerData
    from .customer_label_update_data import CustomerLabelUpdateData
    from .customer_label_with_assigned_customers_count import (
        CustomerLabelWithAssignedCustomersCount,
    )
    from .customer_label_with_assigned_customers_count_v1 import (
        CustomerLabelWithAssignedCustomersCountV1,
    )
    from .customer_notification import CustomerNotification
    from .customer_product import CustomerProduct
    from .customer_product_status import CustomerProductStatus
    from .customer_signed_documents_related_to_customer_item import (
        CustomerSignedDocumentsRelatedToCustomerItem,
    )
    from .customer_update_data import CustomerUpdateData
    from .customers import Customers
    from .digital_assets_market_order_data import DigitalAssetsMarketOrderData
    from .digital_assets_order import DigitalAssetsOrder
    from .digital_assets_order_execution_data import DigitalAssetsOrderExecutionData
    from .digital_trading_transaction import DigitalTradingTransaction
    from .document import Document
    from .document_resource_type_enum import DocumentResourceTypeEnum
    from .document_status_enum import DocumentStatusEnum
    from .document_v1 import DocumentV1
    from .documents import Documents
    from .entity_offboarding import EntityOffboarding
    from .entity_offboarding_data import EntityOffboardingData
    from .entity_type_enum import EntityTypeEnum
    from .error_details import ErrorDetails
    from .error_details_explanation import ErrorDetailsExplanation
    from .error_message import ErrorMessage
    from .event_type_enum import EventTypeEnum
    from .ex_ante_cost_data import ExAnteCostData
    from .ex_ante_cost_result import ExAnteCostResult
    from .ex_ante_savings_plans_cost_data import ExAnteSavingsPlansCostData
    from .ex_ante_savings_plans_cost_result import ExAnteSavingsPlansCostResult
    from .fee_instance import FeeInstance
    from .fsa_type_enum import FsaTypeEnum
    from .get_customer_product_response_400 import GetCustomerProductResponse400
    from .get_customer_product_response_404 import GetCustomerProductResponse404
    from .get_customer_products_response_400 import GetCustomerProductsResponse400
    from .get_customer_response_200 import GetCustomerResponse200
    from .get_customers_changelog_response_400 import GetCustomersChangelogResponse400
    from .get_document_v1_response_404 import GetDocumentV1Response404
    from .get_entity_offboarding_information_response_200 import (
        GetEntityOffboardingInformationResponse200,
    )
    from .get_fee_configurations_for_products_response_400 import (
        GetFeeConfigurationsForProductsResponse400,
    )
    from .get_identification_verification_response_200 import (
        GetIdentificationVerificationResponse200,
    )
    from .get_joint_persons_response_200 import GetJointPersonsResponse200
    from .get_legal_entity_by_search_id_response_400 import (
        GetLegalEntityBySearchIdResponse400,
    )
    from .get_legal_entity_by_search_id_response_404 import (
        GetLegalEntityBySearchIdResponse404,
    )
    from .get_natural_person_v1_response_400 import GetNaturalPersonV1Response400
    from .get_natural_person_v1_response_404 import GetNaturalPersonV1Response404
    from .get_natural_person_wizard_by_instance_id_response_200 import (
        GetNaturalPersonWizardByInstanceIdResponse200,
    )
    from .get_natural_persons_response_200 import GetNaturalPersonsResponse200
    from .get_natural_persons_v1_response_200 import GetNaturalPersonsV1Response200
    from .get_order_receipt_response_400 import GetOrderReceiptResponse400
    from .get_order_receipt_response_404 import GetOrderReceiptResponse404
    from .get_order_response_400 import GetOrderResponse400
    from .get_orders_response_400 import GetOrdersResponse400
    from .get_orders_wawex_response_200 import GetOrdersWawexResponse200
    from .get_strategy_by_customer_product_id_response_400 import (
        GetStrategyByCustomerProductIdResponse400,
    )
    from .get_strategy_by_customer_product_id_response_404 import (
        GetStrategyByCustomerProductIdResponse404,
    )
    from .get_tax_exemption_orders_response_400 import GetTaxExemptionOrdersResponse400
    from .get_token_response_400 import GetTokenResponse400
    from .get_token_response_400_error import GetTokenResponse400Error
    from .get_transaction_response_400 import GetTransactionResponse400
    from .get_transaction_response_404 import GetTransactionResponse404
    from .get_transfer_response_404 import GetTransferResponse404
    from .get_user_onboarding_response_200 import GetUserOnboardingResponse200
    from .get_user_onboardings_response_200_item import (
        GetUserOnboardingsResponse200Item,
    )
    from .get_webhook_response_404 import GetWebhookResponse404
    from .header import Header
    from .iban_validate_result import IbanValidateResult
    from .identification_verification import IdentificationVerification
    from .identification_verification_data import IdentificationVerificationData
    from .identification_verification_notification import (
        IdentificationVerificationNotification,
    )
    from .identification_verifications import IdentificationVerifications
    from .joint_person_data import JointPersonData
    from .joint_person_notification import JointPersonNotification
    from .joint_person_update import JointPersonUpdate
    from .labels_update_notification import LabelsUpdateNotification
    from .legal_entity_search_result import LegalEntitySearchResult
    from .legal_entity_search_result_legal_entity import (
        LegalEntitySearchResultLegalEntity,
    )
    from .legal_entity_search_result_search import LegalEntitySearchResultSearch
    from .legal_representative import LegalRepresentative
    from .legal_representative_data import LegalRepresentativeData
    from .legal_representatives import LegalRepresentatives
    from .missing_webhook import MissingWebhook
    from .natural_person import NaturalPerson
    from .natural_person_data import NaturalPersonData
    from .natural_person_data_nace_sectors_item import NaturalPersonDataNaceSectorsItem
    from .natural_person_data_nationalities_item import (
        NaturalPersonDataNationalitiesItem,
    )
    from .natural_person_data_v1 import NaturalPersonDataV1
    from .natural_person_data_v1_contact import NaturalPersonDataV1Contact
    from .natural_person_data_v1_correspondence_address import (
        NaturalPersonDataV1CorrespondenceAddress,
    )
    from .natural_person_data_v1_main_address import NaturalPersonDataV1MainAddress
    from .natural_person_data_v1_nace_sectors_item import (
        NaturalPersonDataV1NaceSectorsItem,
    )
    from .natural_person_data_v1_nationalities_item import (
        NaturalPersonDataV1NationalitiesItem,
    )
    from .natural_person_data_v1_tax_details_item import (
        NaturalPersonDataV1TaxDetailsItem,
    )
    from .natural_person_identification_data import NaturalPersonIdentificationData
    from .natural_person_notification import NaturalPersonNotification
    from .natural_person_roles_item import NaturalPersonRolesItem
    from .natural_person_wizard_instance import NaturalPersonWizardInstance
    from .natural_person_wizard_instance_address_data import (
        NaturalPersonWizardInstanceAddressData,
    )
    from .natural_person_wizard_instance_address_data_correspondence_address import (
        NaturalPersonWizardInstanceAddressDataCorrespondenceAddress,
    )
    from .natural_person_wizard_instance_address_data_main_address import (
        NaturalPersonWizardInstanceAddressDataMainAddress,
    )
    from .natural_person_wizard_instance_asset_disclosures_data import (
        NaturalPersonWizardInstanceAssetDisclosuresData,
    )
    from .natural_person_wizard_instance_birth_data import (
        NaturalPersonWizardInstanceBirthData,
    )
    from .natural_person_wizard_instance_birth_data_nationalities_item import (
        NaturalPersonWizardInstanceBirthDataNationalitiesItem,
    )
    from .natural_person_wizard_instance_contact import (
        NaturalPersonWizardInstanceContact,
    )
    from .natural_person_wizard_instance_employment_data import (
        NaturalPersonWizardInstanceEmploymentData,
    )
    from .natural_person_wizard_instance_employment_data_nace_sectors_item import (
        NaturalPersonWizardInstanceEmploymentDataNaceSectorsItem,
    )
    from .natural_person_wizard_instance_personal_data import (
        NaturalPersonWizardInstancePersonalData,
    )
    from .natural_person_wizard_instance_tax_data import (
        NaturalPersonWizardInstanceTaxData,
    )
    from .natural_person_wizard_instance_tax_data_tax_details_item import (
        NaturalPersonWizardInstanceTaxDataTaxDetailsItem,
    )
    from .natural_person_wizard_instances import NaturalPersonWizardInstances
    from .natural_person_wizard_update_data import NaturalPersonWizardUpdateData
    from .notification_validation_error import NotificationValidationError
    from .offboarding import Offboarding
    from .offboarding_data import OffboardingData
    from .onboarding import Onboarding
    from .onboarding_data import OnboardingData
    from .order import Order
    from .order_cost_info import OrderCostInfo
    from .order_data import OrderData
    from .order_execution import OrderExecution
    from .order_status_enum import OrderStatusEnum
    from .orders import Orders
    from .pagination import Pagination
    from .partial_execution import PartialExecution
    from .partner_document import PartnerDocument
    from .partner_documents import PartnerDocuments
    from .partner_fee import PartnerFee
    from .post_user_onboardings_body import PostUserOnboardingsBody
    from .post_user_onboardings_response_200 import PostUserOnboardingsResponse200
    from .prepare_legal_entity_data_body import PrepareLegalEntityDataBody
    from .product_code_enum import ProductCodeEnum
    from .product_definition import ProductDefinition
    from .product_definitions import ProductDefinitions
    from .product_type_enum import ProductTypeEnum
    from .proxy_create_data import ProxyCreateData
    from .quantity import Quantity
    from .quantity_type import QuantityType
    from .quantity_type_enum import QuantityTypeEnum
    from .ref_account import RefAccount
    from .role_offboarding import RoleOffboarding
    from .role_offboarding_data import RoleOffboardingData
    from .savings_plan import SavingsPlan
    from .savings_plan_data import SavingsPlanData
    from .savings_plan_result import SavingsPlanResult
    from .savings_plan_update_data import SavingsPlanUpdateData
    from .savings_plans_notification import SavingsPlansNotification
    from .sepa_data import SepaData
    from .sign_document_body import SignDocumentBody
    from .start_offboarding_result import StartOffboardingResult
    from .start_onboarding_result import StartOnboardingResult
    from .start_role_offboarding_result import StartRoleOffboardingResult
    from .strategies import Strategies
    from .strategy import Strategy
    from .strategy_asset import StrategyAsset
    from .strategy_cash_weight import StrategyCashWeight
    from .strategy_subscriber import StrategySubscriber
    from .strategy_subscriber_deposit_account import StrategySubscriberDepositAccount
    from .strategy_subscriber_settlement_account import (
        StrategySubscriberSettlementAccount,
    )
    from .tax_details import TaxDetails
    from .tax_exemption_order import TaxExemptionOrder
    from .tax_exemption_order_data import TaxExemptionOrderData
    from .tax_exemption_orders import TaxExemptionOrders
    from .tax_information import TaxInformation
    from .tokenized_asset import TokenizedAsset
    from .trade_side_enum import TradeSideEnum
    from .traditional_asset import TraditionalAsset
    from .traditional_asset_exchange_code_enum import TraditionalAssetExchangeCodeEnum
    from .traditional_asset_order_quantity_type_enum import (
        TraditionalAssetOrderQuantityTypeEnum,
    )
    from .traditional_asset_order_type_enum import TraditionalAssetOrderTypeEnum
    from .transaction import Transaction
    from .transaction_cash_transaction import TransactionCashTransaction
    from .transaction_traditional_trading_transaction import (
        TransactionTraditionalTradingTransaction,
    )
    from .transaction_traditional_trading_transaction_execution_data import (
        TransactionTraditionalTradingTransactionExecutionData,
    )
    from .transaction_traditional_trading_transaction_partial_executions_item import (
        TransactionTraditionalTradingTransactionPartialExecutionsItem,
    )
    from .transfer import Transfer
    from .transfer_result import TransferResult
    from .update_customer_label_data import UpdateCustomerLabelData
    from .update_customer_product_data import UpdateCustomerProductData
    from .update_customer_product_response_400 import UpdateCustomerProductResponse400
    from .update_customer_product_response_404 import UpdateCustomerProductResponse404
    from .update_legal_entity_body import UpdateLegalEntityBody
    from .update_order_data import UpdateOrderData
    from .update_tax_exemption_order_data import UpdateTaxExemptionOrderData
    from .user import User
    from .user_data import UserData
    from .user_data_contact import UserDataContact
    from .user_data_main_address import UserDataMainAddress
    from .users import Users
    from .validation import Validation
    from .validations import Validations
    from .wawex_market_order_details import WawexMarketOrderDetails
    from .wawex_order import WawexOrder
    from .wawex_order_execution_data import WawexOrderExecutionData
    from .webhook import Webhook
    from .webhook_data import WebhookData

_MODULE_OF = {
    "AcceptQuoteData": ".accept_quote_data",
    "AcceptQuoteResponse400": ".accept_quote_response_400",
    "AcceptQuoteResponse409": ".accept_quote_response_409",
    "AccountData": ".account_data",
    "Address": ".address",
    "AssetCostInfo": ".asset_cost_info",
    "AuthenticationResponse": ".authentication_response",
    "AuthorizationRequest": ".authorization_request",
    "BankData": ".bank_data",
    "BeneficialOwnerData": ".beneficial_owner_data",
    "BeneficialOwnerDataUboRelationship": ".beneficial_owner_data_ubo_relationship",
    "CancelOrderResponse400": ".cancel_order_response_400",
    "CancelOrderResponse404": ".cancel_order_response_404",
    "CancelOrderWawexResponse200": ".cancel_order_wawex_response_200",
    "Changelog": ".changelog",
    "ChangelogChange": ".changelog_change",
    "Changelogs": ".changelogs",
    "ConnectTokenRequest": ".connect_token_request",
    "ConnectTokenResponse": ".connect_token_response",
    "Contact": ".contact",
    "CorporateAction": ".corporate_action",
    "CorporateActionCustomer": ".corporate_action_customer",
    "CorporateActionDates": ".corporate_action_dates",
    "CorporateActionDetails": ".corporate_action_details",
    "CorporateActionEventTypeEnum": ".corporate_action_event_type_enum",
    "CorporateActionNotification": ".corporate_action_notification",
    "CorporateActionNotificationAccountsItem": ".corporate_action_notification_accounts_item",
    "CorporateActionNotificationDates": ".corporate_action_notification_dates",
    "CorporateActionNotificationDetails": ".corporate_action_notification_details",
    "CorporateActionNotificationMetadata": ".corporate_action_notification_metadata",
    "CorporateActionStatusEnum": ".corporate_action_status_enum",
    "CorporateActions": ".corporate_actions",
    "CreateBeneficialOwnerResult": ".create_beneficial_owner_result",
    "CreateCustomerProductData": ".create_customer_product_data",
    "CreateCustomerProductResponse400": ".create_customer_product_response_400",
    "CreateCustomerProductResult": ".create_customer_product_result",
    "CreateCustomerResult": ".create_customer_result",
    "CreateDigitalAssetsOrderResult": ".create_digital_assets_order_result",
    "CreateIdentificationVerificationResult": ".create_identification_verification_result",
    "CreateJointPersonResult": ".create_joint_person_result",
    "CreateLegalEntityData": ".create_legal_entity_data",
    "CreateLegalEntityDataInvoiceAddress": ".create_legal_entity_data_invoice_address",
    "CreateLegalEntityDataNaceSectorsItem": ".create_legal_entity_data_nace_sectors_item",
    "CreateLegalEntityResult": ".create_legal_entity_result",
    "CreateLegalRepresentativeResult": ".create_legal_representative_result",
    "CreateMarketOrderData": ".create_market_order_data",
    "CreateMarketOrderRequest": ".create_market_order_request",
    "CreateMarketOrderResponse400": ".create_market_order_response_400",
    "CreateMarketOrderResponse409": ".create_market_order_response_409",
    "CreateNaturalPersonResult": ".create_natural_person_result",
    "CreateNaturalPersonResultV1": ".create_natural_person_result_v1",
    "CreateNaturalPersonWizardInstanceResponse400": ".create_natural_person_wizard_instance_response_400",
    "CreateNaturalPersonWizardResult": ".create_natural_person_wizard_result",
    "CreateOrderResult": ".create_order_result",
    "CreateProxyResult": ".create_proxy_result",
    "CreateTaxExemptionOrderResult": ".create_tax_exemption_order_result",
    "CreateTestIncomingPaymentData": ".create_test_incoming_payment_data",
    "CreateTransferBody": ".create_transfer_body",
    "CreateUserResult": ".create_user_result",
    "CryptoAsset": ".crypto_asset",
    "Customer": ".customer",
    "CustomerData": ".customer_data",
    "CustomerLabelUpdateData": ".customer_label_update_data",
    "CustomerLabelWithAssignedCustomersCount": ".customer_label_with_assigned_customers_count",
    "CustomerLabelWithAssignedCustomersCountV1": ".customer_label_with_assigned_customers_count_v1",
    "CustomerNotification": ".customer_notification",
    "CustomerProduct": ".customer_product",
    "CustomerProductStatus": ".customer_product_status",
    "CustomerSignedDocumentsRelatedToCustomerItem": ".customer_signed_documents_related_to_customer_item",
    "CustomerUpdateData": ".customer_update_data",
    "Customers": ".customers",
    "DigitalAssetsMarketOrderData": ".digital_assets_market_order_data",
    "DigitalAssetsOrder": ".digital_assets_order",
    "DigitalAssetsOrderExecutionData": ".digital_assets_order_execution_data",
    "DigitalTradingTransaction": ".digital_trading_transaction",
    "Document": ".document",
    "DocumentResourceTypeEnum": ".document_resource_type_enum",
    "DocumentStatusEnum": ".document_status_enum",
    "DocumentV1": ".document_v1",
    "Documents": ".documents",
    "EntityOffboarding": ".entity_offboarding",
    "EntityOffboardingData": ".entity_offboarding_data",
    "EntityTypeEnum": ".entity_type_enum",
    "ErrorDetails": ".error_details",
    "ErrorDetailsExplanation": ".error_details_explanation",
    "ErrorMessage": ".error_message",
    "EventTypeEnum": ".event_type_enum",
    "ExAnteCostData": ".ex_ante_cost_data",
    "ExAnteCostResult": ".ex_ante_cost_result",
    "ExAnteSavingsPlansCostData": ".ex_ante_savings_plans_cost_data",
    "ExAnteSavingsPlansCostResult": ".ex_ante_savings_plans_cost_result",
    "FeeInstance": ".fee_instance",
    "FsaTypeEnum": ".fsa_type_enum",
    "GetCustomerProductResponse400": ".get_customer_product_response_400",
    "GetCustomerProductResponse404": ".get_customer_product_response_404",
    "GetCustomerProductsResponse400": ".get_customer_products_response_400",
    "GetCustomerResponse200": ".get_customer_response_200",
    "GetCustomersChangelogResponse400": ".get_customers_changelog_response_400",
    "GetDocumentV1Response404": ".get_document_v1_response_404",
    "GetEntityOffboardingInformationResponse200": ".get_entity_offboarding_information_response_200",
    "GetFeeConfigurationsForProductsResponse400": ".get_fee_configurations_for_products_response_400",
    "GetIdentificationVerificationResponse200": ".get_identification_verification_response_200",
    "GetJointPersonsResponse200": ".get_joint_persons_response_200",
    "GetLegalEntityBySearchIdResponse400": ".get_legal_entity_by_search_id_response_400",
    "GetLegalEntityBySearchIdResponse404": ".get_legal_entity_by_search_id_response_404",
    "GetNaturalPersonV1Response400": ".get_natural_person_v1_response_400",
    "GetNaturalPersonV1Response404": ".get_natural_person_v1_response_404",
    "GetNaturalPersonWizardByInstanceIdResponse200": ".get_natural_person_wizard_by_instance_id_response_200",
    "GetNaturalPersonsResponse200": ".get_natural_persons_response_200",
    "GetNaturalPersonsV1Response200": ".get_natural_persons_v1_response_200",
    "GetOrderReceiptResponse400": ".get_order_receipt_response_400",
    "GetOrderReceiptResponse404": ".get_order_receipt_response_404",
    "GetOrderResponse400": ".get_order_response_400",
    "GetOrdersResponse400": ".get_orders_response_400",
    "GetOrdersWawexResponse200": ".get_orders_wawex_response_200",
    "GetStrategyByCustomerProductIdResponse400": ".get_strategy_by_customer_product_id_response_400",
    "GetStrategyByCustomerProductIdResponse404": ".get_strategy_by_customer_product_id_response_404",
    "GetTaxExemptionOrdersResponse400": ".get_tax_exemption_orders_response_400",
    "GetTokenResponse400": ".get_token_response_400",
    "GetTokenResponse400Error": ".get_token_response_400_error",
    "GetTransactionResponse400": ".get_transaction_response_400",
    "GetTransactionResponse404": ".get_transaction_response_404",
    "GetTransferResponse404": ".get_transfer_response_404",
    "GetUserOnboardingResponse200": ".get_user_onboarding_response_200",
    "GetUserOnboardingsResponse200Item": ".get_user_onboardings_response_200_item",
    "GetWebhookResponse404": ".get_webhook_response_404",
    "Header": ".header",
    "IbanValidateResult": ".iban_validate_result",
    "IdentificationVerification": ".identification_verification",
    "IdentificationVerificationData": ".identification_verification_data",
    "IdentificationVerificationNotification": ".identification_verification_notification",
    "IdentificationVerifications": ".identification_verifications",
    "JointPersonData": ".joint_person_data",
    "JointPersonNotification": ".joint_person_notification",
    "JointPersonUpdate": ".joint_person_update",
    "LabelsUpdateNotification": ".labels_update_notification",
    "LegalEntitySearchResult": ".legal_entity_search_result",
    "LegalEntitySearchResultLegalEntity": ".legal_entity_search_result_legal_entity",
    "LegalEntitySearchResultSearch": ".legal_entity_search_result_search",
    "LegalRepresentative": ".legal_representative",
    "LegalRepresentativeData": ".legal_representative_data",
    "LegalRepresentatives": ".legal_representatives",
    "MissingWebhook": ".missing_webhook",
    "NaturalPerson": ".natural_person",
    "NaturalPersonData": ".natural_person_data",
    "NaturalPersonDataNaceSectorsItem": ".natural_person_data_nace_sectors_item",
    "NaturalPersonDataNationalitiesItem": ".natural_person_data_nationalities_item",
    "NaturalPersonDataV1": ".natural_person_data_v1",
    "NaturalPersonDataV1Contact": ".natural_person_data_v1_contact",
    "NaturalPersonDataV1CorrespondenceAddress": ".natural_person_data_v1_correspondence_address",
    "NaturalPersonDataV1MainAddress": ".natural_person_data_v1_main_address",
    "NaturalPersonDataV1NaceSectorsItem": ".natural_person_data_v1_nace_sectors_item",
    "NaturalPersonDataV1NationalitiesItem": ".natural_person_data_v1_nationalities_item",
    "NaturalPersonDataV1TaxDetailsItem": ".natural_person_data_v1_tax_details_item",
    "NaturalPersonIdentificationData": ".natural_person_identification_data",
    "NaturalPersonNotification": ".natural_person_notification",
    "NaturalPersonRolesItem": ".natural_person_roles_item",
    "NaturalPersonWizardInstance": ".natural_person_wizard_instance",
    "NaturalPersonWizardInstanceAddressData": ".natural_person_wizard_instance_address_data",
    "NaturalPersonWizardInstanceAddressDataCorrespondenceAddress": ".natural_person_wizard_instance_address_data_correspondence_address",
    "NaturalPersonWizardInstanceAddressDataMainAddress": ".natural_person_wizard_instance_address_data_main_address",
    "NaturalPersonWizardInstanceAssetDisclosuresData": ".natural_person_wizard_instance_asset_disclosures_data",
    "NaturalPersonWizardInstanceBirthData": ".natural_person_wizard_instance_birth_data",
    "NaturalPersonWizardInstanceBirthDataNationalitiesItem": ".natural_person_wizard_instance_birth_data_nationalities_item",
    "NaturalPersonWizardInstanceContact": ".natural_person_wizard_instance_contact",
    "NaturalPersonWizardInstanceEmploymentData": ".natural_person_wizard_instance_employment_data",
    "NaturalPersonWizardInstanceEmploymentDataNaceSectorsItem": ".natural_person_wizard_instance_employment_data_nace_sectors_item",
    "NaturalPersonWizardInstancePersonalData": ".natural_person_wizard_instance_personal_data",
    "NaturalPersonWizardInstanceTaxData": ".natural_person_wizard_instance_tax_data",
    "NaturalPersonWizardInstanceTaxDataTaxDetailsItem": ".natural_person_wizard_instance_tax_data_tax_details_item",
    "NaturalPersonWizardInstances": ".natural_person_wizard_instances",
    "NaturalPersonWizardUpdateData": ".natural_person_wizard_update_data",
    "NotificationValidationError": ".notification_validation_error",
    "Offboarding": ".offboarding",
    "OffboardingData": ".offboarding_data",
    "Onboarding": ".onboarding",
    "OnboardingData": ".onboarding_data",
    "Order": ".order",
    "OrderCostInfo": ".order_cost_info",
    "OrderData": ".order_data",
    "OrderExecution": ".order_execution",
    "OrderStatusEnum": ".order_status_enum",
    "Orders": ".orders",
    "Pagination": ".pagination",
    "PartialExecution": ".partial_execution",
    "PartnerDocument": ".partner_document",
    "PartnerDocuments": ".partner_documents",
    "PartnerFee": ".partner_fee",
    "PostUserOnboardingsBody": ".post_user_onboardings_body",
    "PostUserOnboardingsResponse200": ".post_user_onboardings_response_200",
    "PrepareLegalEntityDataBody": ".prepare_legal_entity_data_body",
    "ProductCodeEnum": ".product_code_enum",
    "ProductDefinition": ".product_definition",
    "ProductDefinitions": ".product_definitions",
    "ProductTypeEnum": ".product_type_enum",
    "ProxyCreateData": ".proxy_create_data",
    "Quantity": ".quantity",
    "QuantityType": ".quantity_type",
    "QuantityTypeEnum": ".quantity_type_enum",
    "RefAccount": ".ref_account",
    "RoleOffboarding": ".role_offboarding",
    "RoleOffboardingData": ".role_offboarding_data",
    "SavingsPlan": ".savings_plan",
    "SavingsPlanData": ".savings_plan_data",
    "SavingsPlanResult": ".savings_plan_result",
    "SavingsPlanUpdateData": ".savings_plan_update_data",
    "SavingsPlansNotification": ".savings_plans_notification",
    "SepaData": ".sepa_data",
    "SignDocumentBody": ".sign_document_body",
    "StartOffboardingResult": ".start_offboarding_result",
    "StartOnboardingResult": ".start_onboarding_result",
    "StartRoleOffboardingResult": ".start_role_offboarding_result",
    "Strategies": ".strategies",
    "Strategy": ".strategy",
    "StrategyAsset": ".strategy_asset",
    "StrategyCashWeight": ".strategy_cash_weight",
    "StrategySubscriber": ".strategy_subscriber",
    "StrategySubscriberDepositAccount": ".strategy_subscriber_deposit_account",
    "StrategySubscriberSettlementAccount": ".strategy_subscriber_settlement_account",
    "TaxDetails": ".tax_details",
    "TaxExemptionOrder": ".tax_exemption_order",
    "TaxExemptionOrderData": ".tax_exemption_order_data",
    "TaxExemptionOrders": ".tax_exemption_orders",
    "TaxInformation": ".tax_information",
    "TokenizedAsset": ".tokenized_asset",
    "TradeSideEnum": ".trade_side_enum",
    "TraditionalAsset": ".traditional_asset",
    "TraditionalAssetExchangeCodeEnum": ".traditional_asset_exchange_code_enum",
    "TraditionalAssetOrderQuantityTypeEnum": ".traditional_asset_order_quantity_type_enum",
    "TraditionalAssetOrderTypeEnum": ".traditional_asset_order_type_enum",
    "Transaction": ".transaction",
    "TransactionCashTransaction": ".transaction_cash_transaction",
    "TransactionTraditionalTradingTransaction": ".transaction_traditional_trading_transaction",
    "TransactionTraditionalTradingTransactionExecutionData": ".transaction_traditional_trading_transaction_execution_data",
    "TransactionTraditionalTradingTransactionPartialExecutionsItem": ".transaction_traditional_trading_transaction_partial_executions_item",
    "Transfer": ".transfer",
    "TransferResult": ".transfer_result",
    "UpdateCustomerLabelData": ".update_customer_label_data",
    "UpdateCustomerProductData": ".update_customer_product_data",
    "UpdateCustomerProductResponse400": ".update_customer_product_response_400",
    "UpdateCustomerProductResponse404": ".update_customer_product_response_404",
    "UpdateLegalEntityBody": ".update_legal_entity_body",
    "UpdateOrderData": ".update_order_data",
    "UpdateTaxExemptionOrderData": ".update_tax_exemption_order_data",
    "User": ".user",
    "UserData": ".user_data",
    "UserDataContact": ".user_data_contact",
    "UserDataMainAddress": ".user_data_main_address",
    "Users": ".users",
    "Validation": ".validation",
    "Validations": ".validations",
    "WawexMarketOrderDetails": ".wawex_market_order_details",
    "WawexOrder": ".wawex_order",
    "WawexOrderExecutionData": ".wawex_order_execution_data",
    "Webhook": ".webhook",
    "WebhookData": ".webhook_data",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULE_OF))


__all__ = (
    "AcceptQuoteData",
    "AcceptQuoteResponse400",
    "AcceptQuoteResponse409",
    "AccountData",
    "Address",
    "AssetCostInfo",
    "AuthenticationResponse",
    "AuthorizationRequest",
    "BankData",
    "BeneficialOwnerData",
    "BeneficialOwnerDataUboRelationship",
    "CancelOrderResponse400",
    "CancelOrderResponse404",
    "CancelOrderWawexResponse200",
    "Changelog",
    "ChangelogChange",
    "Changelogs",
    "ConnectTokenRequest",
    "ConnectTokenResponse",
    "Contact",
    "CorporateAction",
    "CorporateActionCustomer",
    "CorporateActionDates",
    "CorporateActionDetails",
    "CorporateActionEventTypeEnum",
    "CorporateActionNotification",
    "CorporateActionNotificationAccountsItem",
    "CorporateActionNotificationDates",
    "CorporateActionNotificationDetails",
    "CorporateActionNotificationMetadata",
    "CorporateActions",
    "CorporateActionStatusEnum",
    "CreateBeneficialOwnerResult",
    "CreateCustomerProductData",
    "CreateCustomerProductResponse400",
    "CreateCustomerProductResult",
    "CreateCustomerResult",
    "CreateDigitalAssetsOrderResult",
    "CreateIdentificationVerificationResult",
    "CreateJointPersonResult",
    "CreateLegalEntityData",
    "CreateLegalEntityDataInvoiceAddress",
    "CreateLegalEntityDataNaceSectorsItem",
    "CreateLegalEntityResult",
    "CreateLegalRepresentativeResult",
    "CreateMarketOrderData",
    "CreateMarketOrderRequest",
    "CreateMarketOrderResponse400",
    "CreateMarketOrderResponse409",
    "CreateNaturalPersonResult",
    "CreateNaturalPersonResultV1",
    "CreateNaturalPersonWizardInstanceResponse400",
    "CreateNaturalPersonWizardResult",
    "CreateOrderResult",
    "CreateProxyResult",
    "CreateTaxExemptionOrderResult",
    "CreateTestIncomingPaymentData",
    "CreateTransferBody",
    "CreateUserResult",
    "CryptoAsset",
    "Customer",
    "CustomerData",
    "CustomerLabelUpdateData",
    "CustomerLabelWithAssignedCustomersCount",
    "CustomerLabelWithAssignedCustomersCountV1",
    "CustomerNotification",
    "CustomerProduct",
    "CustomerProductStatus",
    "Customers",
    "CustomerSignedDocumentsRelatedToCustomerItem",
    "CustomerUpdateData",
    "DigitalAssetsMarketOrderData",
    "DigitalAssetsOrder",
    "DigitalAssetsOrderExecutionData",
    "DigitalTradingTransaction",
    "Document",
    "DocumentResourceTypeEnum",
    "Documents",
    "DocumentStatusEnum",
    "DocumentV1",
    "EntityOffboarding",
    "EntityOffboardingData",
    "EntityTypeEnum",
    "ErrorDetails",
    "ErrorDetailsExplanation",
    "ErrorMessage",
    "EventTypeEnum",
    "ExAnteCostData",
    "ExAnteCostResult",
    "ExAnteSavingsPlansCostData",
    "ExAnteSavingsPlansCostResult",
    "FeeInstance",
    "FsaTypeEnum",
    "GetCustomerProductResponse400",
    "GetCustomerProductResponse404",
    "GetCustomerProductsResponse400",
    "GetCustomerResponse200",
    "GetCustomersChangelogResponse400",
    "GetDocumentV1Response404",
    "GetEntityOffboardingInformationResponse200",
    "GetFeeConfigurationsForProductsResponse400",
    "GetIdentificationVerificationResponse200",
    "GetJointPersonsResponse200",
    "GetLegalEntityBySearchIdResponse400",
    "GetLegalEntityBySearchIdResponse404",
    "GetNaturalPersonsResponse200",
    "GetNaturalPersonsV1Response200",
    "GetNaturalPersonV1Response400",
    "GetNaturalPersonV1Response404",
    "GetNaturalPersonWizardByInstanceIdResponse200",
    "GetOrderReceiptResponse400",
    "GetOrderReceiptResponse404",
    "GetOrderResponse400",
    "GetOrdersResponse400",
    "GetOrdersWawexResponse200",
    "GetStrategyByCustomerProductIdResponse400",
    "GetStrategyByCustomerProductIdResponse404",
    "GetTaxExemptionOrdersResponse400",
    "GetTokenResponse400",
    "GetTokenResponse400Error",
    "GetTransactionResponse400",
    "GetTransactionResponse404",
    "GetTransferResponse404",
    "GetUserOnboardingResponse200",
    "GetUserOnboardingsResponse200Item",
    "GetWebhookResponse404",
    "Header",
    "IbanValidateResult",
    "IdentificationVerification",
    "IdentificationVerificationData",
    "IdentificationVerificationNotification",
    "IdentificationVerifications",
    "JointPersonData",
    "JointPersonNotification",
    "JointPersonUpdate",
    "LabelsUpdateNotification",
    "LegalEntitySearchResult",
    "LegalEntitySearchResultLegalEntity",
    "LegalEntitySearchResultSearch",
    "LegalRepresentative",
    "LegalRepresentativeData",
    "LegalRepresentatives",
    "MissingWebhook",
    "NaturalPerson",
    "NaturalPersonData",
    "NaturalPersonDataNaceSectorsItem",
    "NaturalPersonDataNationalitiesItem",
    "NaturalPersonDataV1",
    "NaturalPersonDataV1Contact",
    "NaturalPersonDataV1CorrespondenceAddress",
    "NaturalPersonDataV1MainAddress",
    "NaturalPersonDataV1NaceSectorsItem",
    "NaturalPersonDataV1NationalitiesItem",
    "NaturalPersonDataV1TaxDetailsItem",
    "NaturalPersonIdentificationData",
    "NaturalPersonNotification",
    "NaturalPersonRolesItem",
    "NaturalPersonWizardInstance",
    "NaturalPersonWizardInstanceAddressData",
    "NaturalPersonWizardInstanceAddressDataCorrespondenceAddress",
    "NaturalPersonWizardInstanceAddressDataMainAddress",
    "NaturalPersonWizardInstanceAssetDisclosuresData",
    "NaturalPersonWizardInstanceBirthData",
    "NaturalPersonWizardInstanceBirthDataNationalitiesItem",
    "NaturalPersonWizardInstanceContact",
    "NaturalPersonWizardInstanceEmploymentData",
    "NaturalPersonWizardInstanceEmploymentDataNaceSectorsItem",
    "NaturalPersonWizardInstancePersonalData",
    "NaturalPersonWizardInstances",
    "NaturalPersonWizardInstanceTaxData",
    "NaturalPersonWizardInstanceTaxDataTaxDetailsItem",
    "NaturalPersonWizardUpdateData",
    "NotificationValidationError",
    "Offboarding",
    "OffboardingData",
    "Onboarding",
    "OnboardingData",
    "Order",
    "OrderCostInfo",
    "OrderData",
    "OrderExecution",
    "Orders",
    "OrderStatusEnum",
    "Pagination",
    "PartialExecution",
    "PartnerDocument",
    "PartnerDocuments",
    "PartnerFee",
    "PostUserOnboardingsBody",
    "PostUserOnboardingsResponse200",
    "PrepareLegalEntityDataBody",
    "ProductCodeEnum",
    "ProductDefinition",
    "ProductDefinitions",
    "ProductTypeEnum",
    "ProxyCreateData",
    "Quantity",
    "QuantityType",
    "QuantityTypeEnum",
    "RefAccount",
    "RoleOffboarding",
    "RoleOffboardingData",
    "SavingsPlan",
    "SavingsPlanData",
    "SavingsPlanResult",
    "SavingsPlansNotification",
    "SavingsPlanUpdateData",
    "SepaData",
    "SignDocumentBody",
    "StartOffboardingResult",
    "StartOnboardingResult",
    "StartRoleOffboardingResult",
    "Strategies",
    "Strategy",
    "StrategyAsset",
    "StrategyCashWeight",
    "StrategySubscriber",
    "StrategySubscriberDepositAccount",
    "StrategySubscriberSettlementAccount",
    "TaxDetails",
    "TaxExemptionOrder",
    "TaxExemptionOrderData",
    "TaxExemptionOrders",
    "TaxInformation",
    "TokenizedAsset",
    "TradeSideEnum",
    "TraditionalAsset",
    "TraditionalAssetExchangeCodeEnum",
    "TraditionalAssetOrderQuantityTypeEnum",
    "TraditionalAssetOrderTypeEnum",
    "Transaction",
    "TransactionCashTransaction",
    "TransactionTraditionalTradingTransaction",
    "TransactionTraditionalTradingTransactionExecutionData",
    "TransactionTraditionalTradingTransactionPartialExecutionsItem",
    "Transfer",
    "TransferResult",
    "UpdateCustomerLabelData",
    "UpdateCustomerProductData",
    "UpdateCustomerProductResponse400",
    "UpdateCustomerProductResponse404",
    "UpdateLegalEntityBody",
    "UpdateOrderData",
    "UpdateTaxExemptionOrderData",
    "User",
    "UserData",
    "UserDataContact",
    "UserDataMainAddress",
    "Users",
    "Validation",
    "Validations",
    "WawexMarketOrderDetails",
    "WawexOrder",
    "WawexOrderExecutionData",
    "Webhook",
    "WebhookData",
)
